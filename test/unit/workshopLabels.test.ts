import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT } from '../../shared/layout/nodeSize';
import { EMPTY_SELECTION, type Emphasis } from '../../renderer/state/appState';
import { degreesOf, WORKSHOP_MARKER_PX, workshopLabels } from '../../renderer/workshop/workshopLabels';
import { mapBuilder } from './analysisFixtures';

/*
 * Four nodes in a row, 312 map units apart. Each name ("Organisation hub") is about 250 px wide
 * on screen, so at zoom 0.5 it reaches about 254 map units each side of its node (with the gap):
 * neighbours' names collide, names two apart do not. At zoom 2 they all fit.
 * Links: "hub" has three, "c" two, "b" one, "d" none.
 */
const SPACING = 312;
function rowMap() {
  const b = mapBuilder();
  ['hub', 'b', 'c', 'd'].forEach((id, i) => b.node('organisation', id, { name: `Organisation ${id}`, x: i * SPACING, y: 0 }));
  return b.link('hub', 'b', 'partnersWith').link('hub', 'c', 'partnersWith').link('c', 'hub', 'refersTo').doc();
}

const inputs = (overrides: Partial<Parameters<typeof workshopLabels>[0]> = {}) => {
  const doc = rowMap();
  return { doc, degree: degreesOf(doc.links), selection: EMPTY_SELECTION, emphasis: null, lensResult: null, zoom: 0.5, ...overrides };
};

describe('workshopLabels', () => {
  it('shows every name when zoomed in far enough', () => {
    expect([...workshopLabels(inputs({ zoom: 2 })).shown].sort()).toEqual(['b', 'c', 'd', 'hub']);
  });

  it('zoomed out, names the best-connected first and leaves out the neighbours its name would cover', () => {
    // "d", at the end of the row, has room once its name slides aside, off "c"'s marker.
    const { shown, boxes } = workshopLabels(inputs());
    expect([...shown].sort()).toEqual(['c', 'd', 'hub']);
    expect(boxes.get('d')!.dx).toBeGreaterThan(0);
    expect(boxes.get('hub')!.dx).toBe(0);
  });

  it('puts the selection first, then what is brought forward, ahead of how connected a node is', () => {
    // "d" has no links, yet once selected it is named and "c", next to it, is not.
    expect([...workshopLabels(inputs({ selection: { nodeIds: ['d'], linkIds: [] } })).shown].sort()).toEqual(['d', 'hub']);
    const emphasis: Emphasis = { nodeIds: new Set(['b']), linkIds: new Set(), label: 'A finding', source: 'analysis' };
    // "hub", next to it, slides its name to the far side, off "b"'s.
    expect([...workshopLabels(inputs({ emphasis })).shown].sort()).toEqual(['b', 'd', 'hub']);
    expect(workshopLabels(inputs({ emphasis })).boxes.get('hub')!.dx).toBeLessThan(0);
  });

  it("gives each node the box its links should stop at: its name's, or a marker's", () => {
    const { shown, boxes } = workshopLabels(inputs());
    const marker = boxes.get('b')!;
    expect(marker).toEqual({ width: WORKSHOP_MARKER_PX / 0.5, height: WORKSHOP_MARKER_PX / 0.5, dx: 0, dy: 0 });
    const hub = boxes.get('hub')!;
    expect(shown.has('hub')).toBe(true);
    expect(hub.width).toBeGreaterThan(2 * 240);
    expect(hub.height).toBeGreaterThan(NODE_HEIGHT);
    // The same sizes give the same objects, so links whose ends did not change do not redraw.
    expect(workshopLabels(inputs()).boxes.get('hub')).toBe(hub);
  });
});
