import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorController } from '../../renderer/state/editorController';
import { clearEmphasis, emphasise, isLinkFaded, isNodeFaded } from '../../renderer/state/emphasis';
import { GoodHelpDatabase } from '../../renderer/storage/database';

let db: GoodHelpDatabase;
beforeEach(async () => {
  db = new GoodHelpDatabase(`emphasis-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('emphasis', () => {
  it('fades what is not emphasised, keeps links between emphasised nodes, and clears by source', async () => {
    const c = new EditorController({ db });
    await c.newMap('Test');
    expect(isNodeFaded(c.state, 'a')).toBe(false);
    emphasise(c, { nodeIds: new Set(['a', 'b']), linkIds: new Set(['l3']), label: 'Two spaces', source: 'analysis' });
    expect(isNodeFaded(c.state, 'a')).toBe(false);
    expect(isNodeFaded(c.state, 'c')).toBe(true);
    expect(isLinkFaded(c.state, { id: 'l1', source: 'a', target: 'b' })).toBe(false);
    expect(isLinkFaded(c.state, { id: 'l2', source: 'a', target: 'c' })).toBe(true);
    expect(isLinkFaded(c.state, { id: 'l3', source: 'c', target: 'd' })).toBe(false);
    clearEmphasis(c, 'layout');
    expect(c.state.emphasis).not.toBeNull();
    clearEmphasis(c, 'analysis');
    expect(c.state.emphasis).toBeNull();
  });

  it('is cleared when another map is opened', async () => {
    const c = new EditorController({ db });
    await c.newMap('One');
    emphasise(c, { nodeIds: new Set(['a']), linkIds: new Set(), label: 'One node', source: 'layout' });
    await c.newMap('Two');
    expect(c.state.emphasis).toBeNull();
  });
});
