import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { describeOpenFailure } from '../../renderer/storage/openFailure';

describe('a database that cannot be opened', () => {
  it('says what happened and what to do, instead of "Opening your maps…" for ever', async () => {
    const db = new GoodHelpDatabase(`broken-${Math.random()}`);
    // What Dexie reports when a newer release's database is opened by an older one.
    db.open = (() => Promise.reject(new Dexie.OpenFailedError('Open failed', new Dexie.VersionError('The requested version (30) is less than the existing version (40).')))) as unknown as typeof db.open;
    const c = new EditorController({ db });
    await c.start();
    expect(c.state.screen).toBe('storageFailed');
    expect(c.state.storageFailure?.title).toBe('Your maps were saved by a newer version of Good Help Map');
    expect(c.state.storageFailure?.detail).toMatch(/Nothing has been changed or lost\. Install the latest version/);
  });

  it('tells a failed upgrade, a full disk and a blocked upgrade apart', () => {
    expect(describeOpenFailure(new Dexie.UpgradeError('Upgrade failed')).title).toBe('Your maps could not be brought up to date');
    expect(describeOpenFailure(new Dexie.OpenFailedError('x', Object.assign(new Error('full'), { name: 'QuotaExceededError' }))).title).toBe('There is no room left to open your maps');
    expect(describeOpenFailure({ name: 'Blocked' }).detail).toMatch(/Close the other windows and tabs/);
    expect(describeOpenFailure(new Error('odd')).title).toBe('Your maps could not be opened');
  });

  it('still upgrades when a map record is too damaged to read, keeping that record aside', async () => {
    const name = `abort-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ maps: 'id, updatedAt', nodes: '[mapId+id], mapId', links: '[mapId+id], mapId', snapshots: 'id, mapId' });
    await v2.table('maps').add({ id: 'm', name: 42 });
    v2.close();
    const db = new GoodHelpDatabase(name);
    const c = new EditorController({ db });
    await c.start();
    // A map record too damaged to read is set aside, not a reason to refuse the whole upgrade.
    expect(c.state.screen).toBe('maps');
    expect(await db.setAside.count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });
});
