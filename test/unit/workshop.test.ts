import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANDARD_LENS, createMapMeta, mapMetaSchema } from '../../shared/model';
import { audienceMessageSchema, followViewport, readAudienceMessage } from '../../shared/workshop/audienceMessages';
import { contrastRatio } from '../../shared/workshop/contrast';
import { currentItem, formatTimeLeft, initialTimer, timeLeftAt, timerReducer, type TimerAction, type TimerState } from '../../shared/workshop/timer';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { loadMap } from '../../renderer/storage/mapRepository';
import { commandSession as session } from './commandSession';

const MIN = 60_000;
const run = (state: TimerState, ...actions: TimerAction[]) => actions.reduce(timerReducer, state);

describe('the agenda timer', () => {
  it('counts down only while running, and pauses and resumes where it was', () => {
    let t = run(initialTimer(), { type: 'setMinutes', minutes: 5 });
    expect(timeLeftAt(t, 1_000)).toBe(5 * MIN);
    t = run(t, { type: 'start', now: 1_000 });
    expect(timeLeftAt(t, 1_000 + MIN)).toBe(4 * MIN);
    t = run(t, { type: 'pause', now: 1_000 + 90_000 });
    // Paused: the clock stands still however long the room talks.
    expect(timeLeftAt(t, 1_000 + 60 * MIN)).toBe(5 * MIN - 90_000);
    t = run(t, { type: 'toggle', now: 10 * MIN });
    expect(timeLeftAt(t, 10 * MIN + 30_000)).toBe(5 * MIN - 120_000);
    t = run(t, { type: 'reset' });
    expect(t.startedAt).toBeNull();
    expect(timeLeftAt(t, 99 * MIN)).toBe(5 * MIN);
  });

  it('runs into overtime and says so plainly', () => {
    const t = run(initialTimer(), { type: 'setMinutes', minutes: 1 }, { type: 'start', now: 0 });
    expect(formatTimeLeft(timeLeftAt(t, 59_001))).toEqual({ text: '0:01', overtime: false });
    expect(formatTimeLeft(timeLeftAt(t, MIN))).toEqual({ text: '0:00', overtime: false });
    expect(formatTimeLeft(timeLeftAt(t, MIN + 65_000))).toEqual({ text: '1:05 over', overtime: true });
    expect(formatTimeLeft(12 * MIN + 5_000).text).toBe('12:05');
  });

  it('moves to the next item with a fresh clock, adding one past the end, and back again', () => {
    let t = run(initialTimer('a'), { type: 'rename', title: '  Introductions ' }, { type: 'setMinutes', minutes: 15 }, { type: 'start', now: 0 });
    t = run(t, { type: 'next', now: 20 * MIN, newId: 'b' });
    expect(t.current).toBe(1);
    expect(currentItem(t)).toEqual({ id: 'b', title: 'Agenda item 2', minutes: 15 });
    expect(t.startedAt).toBe(20 * MIN);
    expect(timeLeftAt(t, 21 * MIN)).toBe(14 * MIN);
    t = run(t, { type: 'previous', now: 22 * MIN });
    expect(currentItem(t).title).toBe('Introductions');
    expect(timeLeftAt(t, 22 * MIN)).toBe(15 * MIN);
    // Next to an item that exists already does not add another.
    t = run(t, { type: 'pause', now: 23 * MIN }, { type: 'next', now: 23 * MIN, newId: 'c' });
    expect(t.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(t.startedAt).toBeNull();
    expect(run(t, { type: 'previous', now: 0 }, { type: 'previous', now: 0 }).current).toBe(0);
  });

  it('keeps minutes whole and within 1 to 240, and ignores blank titles', () => {
    expect(currentItem(run(initialTimer(), { type: 'setMinutes', minutes: 0 })).minutes).toBe(1);
    expect(currentItem(run(initialTimer(), { type: 'setMinutes', minutes: 1e6 })).minutes).toBe(240);
    expect(currentItem(run(initialTimer(), { type: 'setMinutes', minutes: 7.6 })).minutes).toBe(8);
    expect(currentItem(run(initialTimer(), { type: 'setMinutes', minutes: Number.NaN })).minutes).toBe(10);
    expect(currentItem(run(initialTimer(), { type: 'rename', title: '   ' })).title).toBe('Agenda item 1');
  });
});


describe('the parking lot', () => {
  const fresh = () => session({ meta: createMapMeta('Workshop', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} });
  const now = new Date('2026-03-04T10:00:00Z');

  it('adds, ticks off, rewords and deletes points, each one undo step', () => {
    const s = fresh();
    expect(s.run({ type: 'editParkingLot', args: { type: 'add', id: 'p1', text: ' Who funds the warm spaces? ', now } }).label).toBe('Park “Who funds the warm spaces?”');
    s.run({ type: 'editParkingLot', args: { type: 'add', id: 'p2', text: 'Invite the mosque', now } });
    expect(s.doc.meta.parkingLot).toEqual([
      { id: 'p1', text: 'Who funds the warm spaces?', done: false, addedAt: now.toISOString() },
      { id: 'p2', text: 'Invite the mosque', done: false, addedAt: now.toISOString() },
    ]);
    s.run({ type: 'editParkingLot', args: { type: 'setDone', id: 'p1', done: true } });
    s.run({ type: 'editParkingLot', args: { type: 'rename', id: 'p2', text: 'Invite Riverside Mosque' } });
    s.run({ type: 'editParkingLot', args: { type: 'remove', id: 'p1' } });
    expect(s.doc.meta.parkingLot.map((p) => [p.text, p.done])).toEqual([['Invite Riverside Mosque', false]]);
    s.undo();
    expect(s.doc.meta.parkingLot.map((p) => [p.text, p.done])).toEqual([
      ['Who funds the warm spaces?', true],
      ['Invite Riverside Mosque', false],
    ]);
    s.undo();
    s.undo();
    expect(s.doc.meta.parkingLot.map((p) => [p.text, p.done])).toEqual([
      ['Who funds the warm spaces?', false],
      ['Invite the mosque', false],
    ]);
    s.undo();
    s.undo();
    expect(s.doc.meta.parkingLot).toEqual([]);
    s.redo();
    expect(s.doc.meta.parkingLot.map((p) => p.id)).toEqual(['p1']);
  });

  it('refuses an empty point, an unknown one and a change that changes nothing, in plain words', () => {
    const s = fresh();
    expect(s.refused({ type: 'editParkingLot', args: { type: 'add', text: '   ' } })).toMatch(/Write the point down first/);
    expect(s.refused({ type: 'editParkingLot', args: { type: 'remove', id: 'gone' } })).toBe('That point is no longer in the parking lot.');
    s.run({ type: 'editParkingLot', args: { type: 'add', id: 'p1', text: 'Transport', now } });
    expect(s.refused({ type: 'editParkingLot', args: { type: 'setDone', id: 'p1', done: false } })).toBe('Nothing to change.');
    expect(s.refused({ type: 'editParkingLot', args: { type: 'add', id: 'p1', text: 'Again', now } })).toBe('That point is already in the parking lot.');
    expect(s.refused({ type: 'editParkingLot', args: { type: 'add', text: 'x'.repeat(501) } })).toMatch(/under 500 characters/);
  });

  it('is empty for maps saved before it existed', () => {
    const { parkingLot: _, ...old } = createMapMeta('Old', new Date('2025-01-01T00:00:00Z'), 'old');
    expect(mapMetaSchema.parse(old).parkingLot).toEqual([]);
  });

  it('is saved with the map through the controller, and undone there too', async () => {
    const db = new GoodHelpDatabase(`workshop-${Date.now()}`);
    await db.open();
    try {
      const controller = new EditorController({ db });
      await controller.newMap('Session');
      expect(controller.dispatch({ type: 'editParkingLot', args: { type: 'add', text: 'Come back to transport' } })).toBe(true);
      await controller.flush();
      const mapId = controller.state.doc!.meta.id;
      expect((await loadMap(db, mapId)).doc.meta.parkingLot.map((p) => p.text)).toEqual(['Come back to transport']);
      controller.undo();
      await controller.flush();
      expect((await loadMap(db, mapId)).doc.meta.parkingLot).toEqual([]);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });
});

describe('audience messages', () => {
  const scene = {
    type: 'scene',
    mapId: 'm1',
    mapName: 'Millbrook',
    lens: { ...STANDARD_LENS, colour: 'area' },
    emphasis: { nodeIds: ['a', 'b'], linkIds: [], label: 'Spaces open after 5pm' },
    workshop: true,
  };

  it('accepts each message the two windows send', () => {
    for (const message of [
      { type: 'hello' },
      scene,
      { type: 'viewport', mapId: 'm1', viewport: { x: -120, y: 40.5, zoom: 0.54 }, size: { width: 1920, height: 1080 } },
      { type: 'timer', shown: true, title: 'Introductions', minutes: 10, elapsedMs: 0, startedAt: 1_700_000_000_000 },
      { type: 'closed' },
    ]) {
      expect(readAudienceMessage(message)).toEqual(message);
    }
  });

  it('ignores anything else on the channel', () => {
    expect(readAudienceMessage({ type: 'delete everything' })).toBeNull();
    expect(readAudienceMessage('hello')).toBeNull();
    expect(readAudienceMessage({ ...scene, mapId: '' })).toBeNull();
    expect(readAudienceMessage({ ...scene, lens: { colour: 'shoe size' } })).toBeNull();
    expect(readAudienceMessage({ type: 'viewport', mapId: 'm1', viewport: { x: Number.NaN, y: 0, zoom: 1 }, size: { width: 10, height: 10 } })).toBeNull();
    expect(readAudienceMessage({ type: 'viewport', mapId: 'm1', viewport: { x: 0, y: 0, zoom: 1 }, size: { width: 0, height: 10 } })).toBeNull();
    expect(audienceMessageSchema.safeParse({ type: 'timer', shown: true, title: 'x', minutes: 0, elapsedMs: 0, startedAt: null }).success).toBe(false);
  });

  it('shows the audience the same part of the map whatever the two screens are', () => {
    const vp = { x: -300, y: 120, zoom: 0.5 };
    expect(followViewport(vp, { width: 1440, height: 900 }, { width: 1440, height: 900 })).toEqual(vp);
    const to = followViewport(vp, { width: 1440, height: 900 }, { width: 2880, height: 1800 });
    expect(to.zoom).toBe(1);
    // The map point at the facilitator's centre is at the audience's centre.
    const centre = { x: (720 - vp.x) / vp.zoom, y: (450 - vp.y) / vp.zoom };
    expect(centre.x * to.zoom + to.x).toBeCloseTo(1440);
    expect(centre.y * to.zoom + to.y).toBeCloseTo(900);
    // A wider audience screen shows at least as much, never less.
    expect(followViewport(vp, { width: 1440, height: 900 }, { width: 1920, height: 900 }).zoom).toBe(0.5);
  });
});

/** The custom properties of the workshop theme, read from the stylesheet itself. */
function workshopColours(): Record<string, string> {
  const css = readFileSync(new URL('../../renderer/styles/workshop.css', import.meta.url), 'utf8');
  const block = /:root\[data-theme='workshop'\]\s*\{([^}]*)\}/.exec(css)![1]!;
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

describe('the workshop theme', () => {
  const colours = workshopColours();
  const text = (fg: string, bg: string) => [fg, bg, 4.5] as const;
  const shape = (fg: string, bg: string) => [fg, bg, 3] as const;
  const pairs = [
    text('text', 'bg'),
    text('text', 'surface'),
    text('text', 'surface-sunken'),
    text('text-muted', 'surface'),
    text('text-muted', 'surface-sunken'),
    text('accent-contrast', 'accent'),
    text('accent-contrast', 'accent-strong'),
    text('danger', 'surface'),
    text('danger', 'danger-bg'),
    text('warning-text', 'warning-bg'),
    text('text', 'info-bg'),
    text('overtime-text', 'overtime-bg'),
    text('focus', 'surface'),
    ...(['person', 'organisation', 'space', 'project'] as const).flatMap((kind) => [
      // Node names are drawn in --text on the kind's fill; icons and details in its ink.
      text('text', `${kind}-fill`),
      text(`${kind}-ink`, `${kind}-fill`),
      shape(`${kind}-border`, 'bg'),
      shape(`${kind}-border`, `${kind}-fill`),
    ]),
    shape('edge', 'bg'),
    shape('edge-selected', 'bg'),
    shape('focus', 'bg'),
    shape('border', 'surface'),
  ];

  it.each(pairs)('%s on %s meets WCAG AA (%s:1)', (fg, bg, minimum) => {
    expect(colours[fg], fg).toBeDefined();
    expect(colours[bg], bg).toBeDefined();
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(minimum);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
