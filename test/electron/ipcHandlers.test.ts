import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BackupStore } from '../../electron/backups';
import { fileDeps } from './filesFakes';
import { createHandlers, guardHandler, registerHandlers, type SenderInfo } from '../../electron/ipcHandlers';
import { isTrustedSenderUrl } from '../../electron/security';
import { IPC_CHANNELS, IPC_CONTRACT } from '../../shared/ipc/contract';

const ours: SenderInfo = { senderFrame: { url: 'app://goodhelp/index.html', parent: null } };
const trusted = (url: string) => isTrustedSenderUrl(url);

function deps() {
  return {
    backups: new BackupStore(mkdtempSync(join(tmpdir(), 'ghm-ipc-'))),
    openExternal: vi.fn(async () => undefined),
    appInfo: () => ({ version: '0.1.0', platform: 'linux', dataFolder: '/d', backupFolder: '/d/backups' }),
    files: fileDeps(),
  };
}

describe('IPC handlers', () => {
  it('answers a valid request from our own window', async () => {
    const d = deps();
    const write = guardHandler('backup:write', createHandlers(d)['backup:write'], trusted);
    const { fileName } = await write(ours, { mapId: 'm1', mapName: 'Kirkholt', snapshotJson: '{}' });
    const read = guardHandler('backup:read', createHandlers(d)['backup:read'], trusted);
    expect(await read(ours, { fileName })).toEqual({ snapshotJson: '{}' });
  });

  it('refuses requests from other origins and from sub-frames', async () => {
    const info = guardHandler('app:info', createHandlers(deps())['app:info'], trusted);
    await expect(info({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).rejects.toThrow(/did not come from/);
    await expect(info({ senderFrame: { url: 'app://goodhelp/index.html', parent: {} } }, {})).rejects.toThrow(/did not come from/);
    await expect(info({ senderFrame: null }, {})).rejects.toThrow(/did not come from/);
    await expect(info(ours, {})).resolves.toMatchObject({ version: '0.1.0' });
  });

  it('refuses a malformed request, naming the field, without calling the handler', async () => {
    const handler = vi.fn();
    const guarded = guardHandler('backup:read', handler, trusted);
    await expect(guarded(ours, { fileName: '../../etc/passwd' })).rejects.toThrow(/fileName Not the name of a Good Help Map backup file/);
    await expect(guarded(ours, 'nonsense')).rejects.toThrow(/Refused backup:read/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('opens only safe links in the OS browser', async () => {
    const d = deps();
    const open = createHandlers(d)['shell:openExternal'];
    expect(await open({ url: 'javascript:alert(1)' })).toEqual({ opened: false });
    expect(await open({ url: 'https://www.gov.uk/' })).toEqual({ opened: true });
    expect(d.openExternal).toHaveBeenCalledTimes(1);
  });

  it('registers exactly one handler per channel in the contract', () => {
    const handle = vi.fn();
    registerHandlers({ handle }, deps(), trusted);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(Object.keys(IPC_CONTRACT).every((c) => c.includes(':'))).toBe(true);
  });
});
