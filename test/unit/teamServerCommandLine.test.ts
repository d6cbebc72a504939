import { describe, expect, it } from 'vitest';
import { CommandLineError, parseCommandLine } from '../../scripts/teamServer/commandLine';

describe('team server command line', () => {
  it('starts on 127.0.0.1:1234 with ./team-data unless told otherwise', () => {
    expect(parseCommandLine([])).toEqual({ command: 'start', port: 1234, host: '127.0.0.1', dataFolder: './team-data' });
    expect(parseCommandLine(['--port', '0', '--host=0.0.0.0', '--data', '/srv/ghm'])).toEqual({ command: 'start', port: 0, host: '0.0.0.0', dataFolder: '/srv/ghm' });
    expect(parseCommandLine([], { PORT: '8080', HOST: '::', GHM_TEAM_DATA: '/data' })).toEqual({ command: 'start', port: 8080, host: '::', dataFolder: '/data' });
  });

  it('reads the key commands', () => {
    expect(parseCommandLine(['add-team-key', 'Prevention', 'team', '--maps', '5'])).toEqual({ command: 'add-team-key', dataFolder: './team-data', label: 'Prevention team', maxMaps: 5 });
    expect(parseCommandLine(['revoke-key', '0a1b2c3d'])).toMatchObject({ command: 'revoke-key', keyId: '0a1b2c3d' });
    expect(parseCommandLine(['list-keys'])).toMatchObject({ command: 'list-keys' });
    expect(parseCommandLine(['backup', '/backups/a.sqlite', '--data', '/srv'])).toEqual({ command: 'backup', dataFolder: '/srv', file: '/backups/a.sqlite' });
    expect(() => parseCommandLine(['backup'])).toThrow(/where to write the backup/);
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help' });
  });

  it('refuses what it does not understand, saying what', () => {
    expect(() => parseCommandLine(['--port', 'eighty'])).toThrow(CommandLineError);
    expect(() => parseCommandLine(['--port', '70000'])).toThrow(/0 to 65535/);
    expect(() => parseCommandLine(['--prot', '1'])).toThrow(/no --prot option/);
    expect(() => parseCommandLine(['--port'])).toThrow(/needs a value/);
    expect(() => parseCommandLine(['add-team-key'])).toThrow(/Say who the key is for/);
    expect(() => parseCommandLine(['revoke-key', 'all'])).toThrow(/id of the key/);
    expect(() => parseCommandLine(['delete-everything'])).toThrow(/no “delete-everything” command/);
  });
});
