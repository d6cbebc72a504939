// Entry point of `npm run server` (built to dist-server/teamServer.mjs by vite.config.ts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backup } from 'node:sqlite';
import { AccessKeyStore } from './accessKeyStore';
import { CommandLineError, parseCommandLine, USAGE, type TeamServerCommand } from './commandLine';
import { DATABASE_FILE, openTeamDatabase } from './teamDatabase';
import { startTeamServer } from './teamServer';

// node:sqlite is stable enough for us on Node 22 but still prints an "experimental" warning.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ExperimentalWarning') console.warn(warning);
});

async function start(command: Extract<TeamServerCommand, { command: 'start' }>): Promise<void> {
  const dataFolder = resolve(command.dataFolder);
  const running = await startTeamServer({
    dataFolder,
    host: command.host,
    port: command.port,
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    ...(process.env.GHM_SERVER_NAME ? { name: process.env.GHM_SERVER_NAME } : {}),
  });
  console.log(`Good Help Map team server is listening at ${running.url}`);
  console.log(`  Maps are stored in ${dataFolder}`);
  if (process.env.REDIS_URL) console.log('  Sharing maps with other server processes through Redis.');
  if (running.newAdminKey) {
    console.log(`\n  Administrator key (shown only this once — keep it somewhere safe):\n    ${running.newAdminKey}`);
    console.log('  Anyone with it can share maps on this server. Give your teams their own keys instead:');
    console.log('    npm run server -- add-team-key "Prevention team"');
  } else {
    console.log('  Administrator key: made on first start (stored hashed). Replace it with: npm run server -- new-admin-key');
  }
  if (command.host === '127.0.0.1' || command.host === 'localhost') {
    console.log('\n  Only this computer can connect. Behind a reverse proxy that is right; otherwise use --host 0.0.0.0.');
  }
  console.log('\nReady.');
  const stop = async () => {
    console.log('Storing maps and stopping…');
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function administer(command: Exclude<TeamServerCommand, { command: 'start' | 'help' }>): Promise<void> {
  const db = openTeamDatabase(resolve(command.dataFolder));
  const keys = new AccessKeyStore(db);
  try {
    switch (command.command) {
      case 'add-team-key':
        console.log(`Team key for ${command.label} (up to ${command.maxMaps} maps; shown only this once):\n  ${keys.createTeamKey(command.label, command.maxMaps)}`);
        break;
      case 'new-admin-key':
        console.log(`New administrator key (the old one no longer works; shown only this once):\n  ${keys.replaceAdminKey()}`);
        break;
      case 'revoke-key':
        console.log(keys.revoke(command.keyId) ? `Key ${command.keyId} no longer works; anyone connected with it is disconnected within ten seconds.` : `No working key has the id ${command.keyId}.`);
        break;
      case 'list-keys':
        for (const key of keys.list()) {
          const state = key.revokedAt ? `revoked ${key.revokedAt}` : 'works';
          console.log(`${key.id}  ${key.kind.padEnd(5)}  ${state.padEnd(32)}  ${key.mapId ?? ''}  ${key.label}`);
        }
        break;
      case 'backup': {
        const file = resolve(command.file);
        if (existsSync(file)) throw new Error(`${file} already exists; give the backup a new name.`);
        const pages = await backup(db, file);
        console.log(`Backed up the team server's data (${pages} pages) to ${file}. To restore it, stop the server and put it in the data folder as ${DATABASE_FILE}.`);
        break;
      }
      case 'list-maps':
        for (const map of keys.listMaps()) console.log(`${map.id}  ${map.createdAt}  ${map.name}`);
        break;
    }
  } finally {
    db.close();
  }
}

try {
  const command = parseCommandLine(process.argv.slice(2), process.env);
  if (command.command === 'help') console.log(USAGE);
  else if (command.command === 'start') await start(command);
  else await administer(command);
} catch (error) {
  if (error instanceof CommandLineError) {
    console.error(`${error.message}\n\n${USAGE}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
