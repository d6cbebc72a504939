import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisService } from '../../renderer/analysis/analysisService';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`analysis-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function setUp() {
  const controller = new EditorController({ db });
  await controller.start();
  await controller.newMap('Test');
  const service = new AnalysisService(controller, { now: () => new Date('2026-06-01T00:00:00Z') });
  return { controller, service };
}

describe('the analysis service', () => {
  it('analyses a small map at once when opened, and again on every edit', async () => {
    const { controller, service } = await setUp();
    expect(service.state.result).toBeNull();
    service.setOpen(true);
    expect(service.state.status).toBe('ready');
    expect(service.state.result!.spaces).toHaveLength(0);
    controller.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Library' } });
    expect(service.state.result!.spaces.map((s) => s.spaceId)).toEqual(['s']);
    controller.dispatch({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'o', name: 'Men’s Shed' } });
    expect(service.state.result!.network.isolated.map((i) => i.nodeId).sort()).toEqual(['o', 's']);
  });

  it('highlights a finding’s nodes, and clears it when selected again or when the panel closes', async () => {
    const { controller, service } = await setUp();
    controller.dispatch({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'o', name: 'Men’s Shed' } });
    service.setOpen(true);
    const isolated = service.state.result!.findings.find((f) => f.kind === 'isolated')!;
    const fitted: unknown[] = [];
    service.selectFinding(isolated, { fitBounds: (b) => fitted.push(b) });
    expect([...controller.state.emphasis!.nodeIds]).toEqual(['o']);
    expect(controller.state.emphasis!.source).toBe('analysis');
    expect(fitted).toHaveLength(1);
    expect(service.state.selectedFindingId).toBe(isolated.id);
    service.selectFinding(isolated);
    expect(controller.state.emphasis).toBeNull();
    service.selectFinding(isolated);
    service.setOpen(false);
    expect(controller.state.emphasis).toBeNull();
  });

  it('on a large map says it is updating, waits for a pause in editing, then catches up', async () => {
    const { controller, service } = await setUp();
    for (let i = 0; i < 450; i++) controller.dispatch({ type: 'addNode', args: { kind: 'person', x: i * 300, y: 0, id: `p${i}`, name: `Person ${i}` } });
    service.setOpen(true);
    expect(service.state.status).toBe('updating');
    await new Promise((r) => setTimeout(r, 500));
    expect(service.state.error).toBeNull();
    expect(service.state.status).toBe('ready');
    expect(service.state.result!.network.nodeCount).toBe(450);
    controller.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 900, id: 'late', name: 'Late' } });
    expect(service.state.status).toBe('updating');
    await new Promise((r) => setTimeout(r, 500));
    expect(service.state.result!.network.nodeCount).toBe(451);
  });

  it('re-runs when the stale-data age changes', async () => {
    const { controller, service } = await setUp();
    controller.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Library' } });
    controller.dispatch({ type: 'updateNode', args: { id: 's', changes: { lastChecked: '2025-03-01' } } });
    service.setOpen(true);
    expect(service.state.result!.stale.stale).toHaveLength(1);
    service.setStaleAfterMonths(24);
    expect(service.state.result!.stale.stale).toHaveLength(0);
  });
});
