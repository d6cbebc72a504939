import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readUserFile, writeFileAtomically } from '../../electron/fileAccess';
import { createFileHandlers } from '../../electron/fileHandlers';
import { safeFileName, saveFilters } from '../../electron/fileNames';
import { createHandlers, guardHandler, type SenderInfo } from '../../electron/ipcHandlers';
import { OpenQueue, filesFromArgv } from '../../electron/openRequests';
import { isTrustedSenderUrl } from '../../electron/security';
import { fileDeps } from './filesFakes';

const ours: SenderInfo = { senderFrame: { url: 'app://goodhelp/index.html', parent: null } };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('saving a file through the native Save dialog', () => {
  it('writes the contents where the user chose and starts in Documents with a clean name', async () => {
    const showSaveDialog = vi.fn(async (options: { defaultPath: string }) => ({ canceled: false, filePath: `${options.defaultPath}` }));
    const deps = fileDeps({ showSaveDialog });
    const save = createFileHandlers(deps)['file:save'];
    expect(await save({ suggestedName: 'Kirkholt: gaps/needs?.csv', mimeType: 'text/csv', contents: 'a,b\n1,2' })).toEqual({ outcome: 'saved' });
    const options = showSaveDialog.mock.calls[0]![0] as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath).toBe(join(deps.folder, 'Kirkholt gaps needs .csv'));
    expect(options.filters[0]!.extensions).toEqual(['csv']);
    expect(readFileSync(options.defaultPath, 'utf8')).toBe('a,b\n1,2');
  });

  it('writes bytes as they are, and says cancelled (writing nothing) when the user cancels', async () => {
    const deps = fileDeps({ showSaveDialog: async () => ({ canceled: false, filePath: join(deps.folder, 'x.xlsx') }) });
    const bytes = new Uint8Array([0x50, 0x4b, 0, 255]);
    await createFileHandlers(deps)['file:save']({ suggestedName: 'x.xlsx', mimeType: 'application/octet-stream', contents: bytes });
    expect([...readFileSync(join(deps.folder, 'x.xlsx'))]).toEqual([...bytes]);
    const write = vi.fn();
    const cancelled = createFileHandlers({ ...fileDeps(), write })['file:save'];
    expect(await cancelled({ suggestedName: 'y.csv', mimeType: 'text/csv', contents: 'z' })).toEqual({ outcome: 'cancelled' });
    expect(write).not.toHaveBeenCalled();
  });

  it('remembers saved map files as recent files, and tells the OS', async () => {
    const deps = fileDeps({ showSaveDialog: async () => ({ canceled: false, filePath: join(deps.folder, 'Kirkholt.ghmap') }) });
    const handlers = createFileHandlers(deps);
    await handlers['file:save']({ suggestedName: 'Kirkholt.ghmap', mimeType: 'application/json', contents: '{}' });
    const { recent } = await handlers['file:recent']({});
    expect(recent.map((r) => r.name)).toEqual(['Kirkholt.ghmap']);
    expect(deps.addRecentDocument).toHaveBeenCalledWith(join(deps.folder, 'Kirkholt.ghmap'));
  });

  it('goes through the sender check and validates the request at the IPC boundary', async () => {
    const deps = fileDeps();
    const all = createHandlers({ backups: {} as never, openExternal: async () => undefined, appInfo: () => ({ version: '', platform: '', dataFolder: '', backupFolder: '' }), files: deps });
    const guarded = guardHandler('file:save', all['file:save'], (url) => isTrustedSenderUrl(url));
    await expect(guarded({ senderFrame: { url: 'https://evil.example/', parent: null } }, { suggestedName: 'a.csv', mimeType: 'text/csv', contents: 'x' })).rejects.toThrow(/did not come from/);
    await expect(guarded(ours, { suggestedName: '', mimeType: 'text/csv', contents: 'x' })).rejects.toThrow(/suggestedName/);
    await expect(guarded(ours, { suggestedName: 'a.csv', mimeType: 'text/csv', contents: 42 })).rejects.toThrow(/Refused file:save/);
    await expect(guarded(ours, { suggestedName: 'a.csv', mimeType: 'text/csv', contents: 'x' })).resolves.toEqual({ outcome: 'cancelled' });
  });
});

describe('file names', () => {
  it.each([
    ['../../etc/passwd', 'etc passwd'],
    ['CON.txt', '_CON.txt'],
    ['  ..hidden map  ', 'hidden map'],
    ['.csv', 'Untitled.csv'],
    ['a\u0000b\nc.ghmap', 'a b c.ghmap'],
  ])('cleans %j to %j', (input, expected) => expect(safeFileName(input)).toBe(expected));

  it('keeps the extension of a very long name', () => {
    const name = safeFileName(`${'x'.repeat(300)}.ghmap`);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith('.ghmap')).toBe(true);
  });

  it('offers the file type first and then all files', () => {
    expect(saveFilters('m.ghmap')).toEqual([{ name: 'Good Help Map file', extensions: ['ghmap'] }, { name: 'All files', extensions: ['*'] }]);
  });
});

describe('opening files', () => {
  it('reads what the user picked in the Open dialog; nothing when cancelled', async () => {
    const deps = fileDeps();
    const path = join(deps.folder, 'elements.csv');
    writeFileSync(path, 'Label,Type\nA,Person');
    deps.dialogs.showOpenDialog = async () => ({ canceled: false, filePaths: [path] });
    const { files } = await createFileHandlers(deps)['file:open']({ purpose: 'spreadsheet' });
    expect(files.map((f) => [f.name, text(f.bytes)])).toEqual([['elements.csv', 'Label,Type\nA,Person']]);
    expect(await createFileHandlers(fileDeps())['file:open']({ purpose: 'map' })).toEqual({ files: [] });
  });

  it('refuses an over-large file and a folder by name, before reading them', async () => {
    const deps = fileDeps();
    const path = join(deps.folder, 'huge.ghmap');
    writeFileSync(path, 'x'.repeat(2000));
    await expect(readUserFile(path, 1000)).rejects.toThrow(/“huge.ghmap” is .* larger than/);
    mkdirSync(join(deps.folder, 'dir.ghmap'));
    await expect(readUserFile(join(deps.folder, 'dir.ghmap'))).rejects.toThrow(/“dir.ghmap” is not a file/);
    await expect(readUserFile(join(deps.folder, 'gone.ghmap'))).rejects.toThrow(/“gone.ghmap” could not be found/);
  });

  it('reopens only files on the recent list, and drops ones that have gone', async () => {
    const deps = fileDeps();
    const handlers = createFileHandlers(deps);
    const path = join(deps.folder, 'a.ghmap');
    writeFileSync(path, '{"format":"x"}');
    await expect(handlers['file:openRecent']({ path: '/etc/passwd' })).rejects.toThrow(/not in the list of recent files/);
    await deps.recent.add(path);
    expect(text((await handlers['file:openRecent']({ path })).files[0]!.bytes)).toBe('{"format":"x"}');
    await deps.recent.add(join(deps.folder, 'gone.ghmap'));
    await expect(handlers['file:openRecent']({ path: join(deps.folder, 'gone.ghmap') })).rejects.toThrow(/could not be found/);
    expect((await deps.recent.list()).map((r) => r.name)).toEqual(['a.ghmap']);
  });

  it('writes atomically: a failed write leaves the old file and no temporary file', async () => {
    const deps = fileDeps();
    const path = join(deps.folder, 'keep.ghmap');
    writeFileSync(path, 'old');
    await writeFileAtomically(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    await expect(writeFileAtomically(join(deps.folder, 'no-such-folder', 'x.ghmap'), 'x')).rejects.toThrow();
  });
});

describe('files the OS asks us to open', () => {
  it('takes map files from a launch command line, resolving relative paths', () => {
    expect(filesFromArgv(['--no-sandbox', 'maps/Kirkholt.GHMAP', '/abs/b.ghmap', 'notes.txt', '.'], '/home/amy')).toEqual([
      '/home/amy/maps/Kirkholt.GHMAP',
      '/abs/b.ghmap',
    ]);
  });

  it('holds files until the page takes them, hands each over once and remembers them', async () => {
    const deps = fileDeps();
    const path = join(deps.folder, 'shared-drive.ghmap');
    writeFileSync(path, '{}');
    deps.queue.add([path]);
    deps.queue.add([path]);
    expect(deps.notified()).toBe(1);
    const handlers = createFileHandlers(deps);
    expect((await handlers['file:takeOpened']({})).files.map((f) => f.name)).toEqual(['shared-drive.ghmap']);
    expect((await handlers['file:takeOpened']({})).files).toEqual([]);
    expect((await deps.recent.list()).map((r) => r.name)).toEqual(['shared-drive.ghmap']);
  });

  it('says which file could not be read', async () => {
    const queue = new OpenQueue(readUserFile, () => undefined);
    queue.add(['/nowhere/lost.ghmap']);
    await expect(queue.take()).rejects.toThrow(/“lost.ghmap” could not be found/);
  });

  it('is associated with .ghmap files in the installers', () => {
    const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
    const config = yaml.load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { fileAssociations: { ext: string }[] };
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['ghmap']);
  });
});
