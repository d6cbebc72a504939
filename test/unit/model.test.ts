import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRITERIA,
  checkSnapshotIntegrity,
  createLink,
  createMapMeta,
  createNode,
  mapLinkSchema,
  mapMetaSchema,
  mapNodeSchema,
  type MapSnapshot,
} from '../../shared/model';

const MAP = 'map-1';

describe('map settings', () => {
  it('starts with the default audiences, topics and criteria from PRODUCT.md', () => {
    const meta = createMapMeta('Kirkholt', new Date('2026-01-02T03:04:05Z'), MAP);
    expect(mapMetaSchema.parse(meta)).toEqual(meta);
    expect(meta.criteria.map((c) => c.id)).toEqual(DEFAULT_CRITERIA.map((c) => c.id));
    expect(meta.criteria.filter((c) => c.derived).map((c) => c.id)).toEqual(['onwardRoute', 'outOfHours']);
    expect(meta.helpTopics.filter((t) => t.core).map((t) => t.id)).toContain('housing');
    expect(meta.audiences.length).toBeGreaterThan(3);
  });

  it('copies the defaults so that editing one map cannot change another', () => {
    const a = createMapMeta('A');
    const b = createMapMeta('B');
    a.criteria[0]!.essential = !a.criteria[0]!.essential;
    expect(b.criteria[0]!.essential).toBe(DEFAULT_CRITERIA[0]!.essential);
  });

  it('rejects a map without a name', () => {
    expect(mapMetaSchema.safeParse({ ...createMapMeta('x'), name: '  ' }).success).toBe(false);
  });
});

describe('nodes', () => {
  it('gives each kind its own fields with defaults, and only the name is required', () => {
    const space = createNode('space', { id: 's', mapId: MAP, name: 'Library', x: 0, y: 0 });
    expect(space).toMatchObject({ kind: 'space', sessions: [], criteriaMet: [], areaId: null, lastChecked: null });
    const person = createNode('person', { id: 'p', mapId: MAP, name: 'Advocate', x: 0, y: 0 });
    expect(person).toMatchObject({ kind: 'person', isAdvocate: false, sensitive: false, role: '' });
    const project = createNode('project', { id: 'j', mapId: MAP, name: 'Ageing in place', x: 0, y: 0 });
    expect(project).toMatchObject({ evaluationCategory: null, fidelity: null });
    const org = createNode('organisation', { id: 'o', mapId: MAP, name: 'Food bank', x: 0, y: 0 });
    expect(org).toMatchObject({ helpTopics: [], areasServed: [] });
  });

  it('rejects bad field values with a specific message', () => {
    const space = createNode('space', { id: 's', mapId: MAP, name: 'Library', x: 0, y: 0 });
    const late = mapNodeSchema.safeParse({ ...space, sessions: [{ day: 1, start: '18:00', end: '17:00' }] });
    expect(late.success).toBe(false);
    expect(late.error?.issues[0]?.message).toBe('A session must end after it starts');
    expect(mapNodeSchema.safeParse({ ...space, lastChecked: '31/03/2026' }).success).toBe(false);
    expect(mapNodeSchema.safeParse({ ...space, x: Number.NaN }).success).toBe(false);
    expect(mapNodeSchema.safeParse({ ...space, kind: 'robot' }).success).toBe(false);
    expect(mapNodeSchema.safeParse({ ...space, selfAssessment: { powerSharing: 5 } }).success).toBe(false);
  });

  it('does not let a field of one kind leak onto another', () => {
    const person = createNode('person', { id: 'p', mapId: MAP, name: 'A', x: 0, y: 0 });
    const parsed = mapNodeSchema.parse({ ...person, sessions: [{ day: 0, start: '09:00', end: '10:00' }] });
    expect('sessions' in parsed).toBe(false);
  });
});

describe('links', () => {
  it('makes referrals signposting by default and only referrals carry a mode', () => {
    const referral = createLink({ id: 'l', mapId: MAP, source: 'a', target: 'b', type: 'refersTo' });
    expect(referral.referralMode).toBe('signposting');
    expect(referral.directed).toBe(true);
    const knows = createLink({ id: 'k', mapId: MAP, source: 'a', target: 'b', type: 'knows' });
    expect(knows).toMatchObject({ referralMode: null, directed: false });
    expect(mapLinkSchema.safeParse({ ...knows, referralMode: 'warmHandover' }).success).toBe(false);
    expect(mapLinkSchema.safeParse({ ...knows, target: 'a' }).success).toBe(false);
  });
});

describe('snapshot integrity', () => {
  it('finds links to missing nodes, repeated ids and records of another map', () => {
    const map = createMapMeta('M', new Date(), MAP);
    const a = createNode('person', { id: 'a', mapId: MAP, name: 'A', x: 0, y: 0 });
    const b = createNode('person', { id: 'a', mapId: 'other', name: 'B', x: 0, y: 0 });
    const snapshot: MapSnapshot = {
      format: 'good-help-map',
      schemaVersion: 1,
      map,
      nodes: [a, b],
      links: [createLink({ id: 'l', mapId: MAP, source: 'a', target: 'zz', type: 'knows' })],
    };
    expect(checkSnapshotIntegrity(snapshot)).toEqual([
      'Node 2 ("B") belongs to another map',
      'Node 2 ("B") repeats the id a',
      'Link 1 points to a missing node (target zz)',
    ]);
  });
});
