import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../electron/appProtocol';
import { createHandlers, guardHandler } from '../../electron/ipcHandlers';
import { BackupStore } from '../../electron/backups';
import { CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from '../../electron/security';
import { fileDeps } from './filesFakes';
import { appContentSecurityPolicy, ChosenTeamServers } from '../../electron/teamServers';
import { parseServerAddress } from '../../shared/sync/serverAddress';

const folders: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ghm-servers-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const address = (text: string) => {
  const parsed = parseServerAddress(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.address;
};
const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('the Content-Security-Policy header from the main process', () => {
  it('allows connecting only to the app itself until a team server is chosen, then to that server alone', () => {
    expect(connectSrc(appContentSecurityPolicy([]))).toBe("connect-src 'self'");
    const policy = appContentSecurityPolicy([address('team.council.gov.uk')]);
    expect(connectSrc(policy)).toBe("connect-src 'self' wss://team.council.gov.uk https://team.council.gov.uk");
    // Everything else in the app's policy stays as it is.
    expect(policy.replace(connectSrc(policy)!, '')).toBe(CONTENT_SECURITY_POLICY.replace(connectSrc(CONTENT_SECURITY_POLICY)!, ''));
    expect(connectSrc(appContentSecurityPolicy([address('127.0.0.1:4321')]))).toBe("connect-src 'self' ws://127.0.0.1:4321 http://127.0.0.1:4321");
  });

  it('remembers the chosen servers across restarts, refuses what is not a server address, and ignores a damaged file', async () => {
    const file = join(temp(), 'team-servers.json');
    const servers = new ChosenTeamServers(file);
    expect(await servers.add('team.council.gov.uk')).toBe(true);
    expect(await servers.add("evil.example; script-src 'unsafe-inline'")).toBe(false);
    expect(await servers.add('https://team.council.gov.uk')).toBe(true);
    expect(new ChosenTeamServers(file).list.map((s) => s.httpUrl)).toEqual(['https://team.council.gov.uk']);
    expect(new ChosenTeamServers(file).policy).toContain('wss://team.council.gov.uk');
    expect(connectSrc(new ChosenTeamServers(file).policy)).not.toContain('evil');
    writeFileSync(file, '{"not": "a list"}');
    expect(new ChosenTeamServers(file).list).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ not: 'a list' });
  });

  it('serves the pages with that policy, and the page asks for a server through the guarded IPC channel', async () => {
    const dist = temp();
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    const servers = new ChosenTeamServers(join(temp(), 'team-servers.json'));
    const deps = { backups: new BackupStore(temp()), openExternal: async () => undefined, appInfo: () => ({ version: '0', platform: 'linux', dataFolder: '/d', backupFolder: '/d/b' }), files: fileDeps(), allowTeamServer: (a: string) => servers.add(a) };
    const allow = guardHandler('sharing:allowServer', createHandlers(deps)['sharing:allowServer'], (url) => isTrustedSenderUrl(url));
    const ours = { senderFrame: { url: 'app://goodhelp/index.html', parent: null } };
    expect(await allow(ours, { address: '127.0.0.1:4321' })).toEqual({ allowed: true });
    expect(await allow(ours, { address: 'not a server at all' })).toEqual({ allowed: false });
    await expect(allow({ senderFrame: { url: 'https://elsewhere.example/', parent: null } }, { address: '127.0.0.1:1' })).rejects.toThrow(/did not come from Good Help Map/);
    const page = await serveAppRequest(dist, 'app://goodhelp/', servers.policy);
    expect(connectSrc(page.headers.get('content-security-policy')!)).toBe("connect-src 'self' ws://127.0.0.1:4321 http://127.0.0.1:4321");
  });
});
