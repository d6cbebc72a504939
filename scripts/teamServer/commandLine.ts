// `npm run server -- [command] [options]`, parsed into a plain value (tested without a server).
import { TEAM_SERVER_LIMITS } from '../../shared/sync/teamServerLimits';

export type TeamServerCommand =
  | { command: 'start'; port: number; host: string; dataFolder: string }
  | { command: 'add-team-key'; dataFolder: string; label: string; maxMaps: number }
  | { command: 'list-keys'; dataFolder: string }
  | { command: 'list-maps'; dataFolder: string }
  | { command: 'revoke-key'; dataFolder: string; keyId: string }
  | { command: 'new-admin-key'; dataFolder: string }
  | { command: 'backup'; dataFolder: string; file: string }
  | { command: 'help' };

export const USAGE = `Good Help Map team server

  npm run server -- [--port 1234] [--host 127.0.0.1] [--data ./team-data]
      Starts the server. It listens on 127.0.0.1 only unless told otherwise: behind a
      reverse proxy on the same machine keep that; to listen on every interface use
      --host 0.0.0.0 (and put TLS in front — see the README, "Working as a team").
      REDIS_URL=redis://host:6379 lets several server processes share the maps.

  npm run server -- add-team-key "Prevention team" [--maps 50] [--data ./team-data]
      A key that lets its holders put up to --maps maps on the server (File ▸ Share with
      your team… asks for it). Each shared map gets its own edit and view keys.
  npm run server -- list-keys | list-maps [--data ./team-data]
  npm run server -- revoke-key <key id> [--data ./team-data]
  npm run server -- new-admin-key [--data ./team-data]
      Replaces the administrator key (the old one stops working).
  npm run server -- backup /backups/team-2026-12-01.sqlite [--data ./team-data]
      A consistent copy of everything, safe to take while the server runs.
`;

export class CommandLineError extends Error {}

const DEFAULTS = { port: 1234, host: '127.0.0.1', dataFolder: './team-data' };

export function parseCommandLine(args: readonly string[], env: Record<string, string | undefined> = {}): TeamServerCommand {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[++i];
      if (value === undefined) throw new CommandLineError(`--${name} needs a value.`);
      flags.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  for (const name of flags.keys()) {
    if (!['port', 'host', 'data', 'maps'].includes(name)) throw new CommandLineError(`There is no --${name} option.`);
  }
  const dataFolder = flags.get('data') ?? env.GHM_TEAM_DATA ?? DEFAULTS.dataFolder;
  const [command = 'start', ...rest] = positional;
  switch (command) {
    case 'start': {
      const port = Number(flags.get('port') ?? env.PORT ?? DEFAULTS.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CommandLineError(`--port must be a whole number from 0 to 65535, not ${flags.get('port')}.`);
      return { command, port, host: flags.get('host') ?? env.HOST ?? DEFAULTS.host, dataFolder };
    }
    case 'add-team-key': {
      const label = rest.join(' ').trim();
      if (!label) throw new CommandLineError('Say who the key is for: add-team-key "Prevention team".');
      const maxMaps = Number(flags.get('maps') ?? TEAM_SERVER_LIMITS.defaultMapsPerTeamKey);
      if (!Number.isInteger(maxMaps) || maxMaps < 1) throw new CommandLineError('--maps must be a whole number of at least 1.');
      return { command, dataFolder, label, maxMaps };
    }
    case 'revoke-key': {
      const keyId = rest[0];
      if (!keyId || !/^[0-9a-f]{8}$/.test(keyId)) throw new CommandLineError('Give the id of the key to revoke (8 letters and digits, from list-keys).');
      return { command, dataFolder, keyId };
    }
    case 'backup': {
      const file = rest[0];
      if (!file) throw new CommandLineError('Say where to write the backup: backup /backups/team.sqlite.');
      return { command, dataFolder, file };
    }
    case 'list-keys':
    case 'list-maps':
    case 'new-admin-key':
      return { command, dataFolder };
    default:
      throw new CommandLineError(`There is no “${command}” command.`);
  }
}
