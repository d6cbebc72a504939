import { describe, expect, it } from 'vitest';
import {
  AREA_RECORD,
  AUDIENCE_RECORD,
  CRITERION_RECORD,
  HELP_TOPIC_RECORD,
  LEGACY_MAP_RECORD,
  LINK_RECORD,
  MAP_SETTINGS_RECORD,
  MILESTONE_ENTRY_RECORD,
  NODE_RECORD,
  REFLECTION_RECORD,
  PARKING_LOT_RECORD,
  PARTICIPANT_RECORD,
  STICKY_NOTE_RECORD,
  upgradeRecord,
  VIEW_RECORD,
  VOTE_RECORD,
  defaultMilestones,
} from '../../shared/model';

describe('record versions and migrations', () => {
  it('pins every record type’s version: a change to a record’s shape needs a new version and a migration', () => {
    const versions = Object.fromEntries(
      [NODE_RECORD, LINK_RECORD, MAP_SETTINGS_RECORD, AREA_RECORD, AUDIENCE_RECORD, HELP_TOPIC_RECORD, CRITERION_RECORD, VIEW_RECORD, PARKING_LOT_RECORD, STICKY_NOTE_RECORD, PARTICIPANT_RECORD, VOTE_RECORD, MILESTONE_ENTRY_RECORD, LEGACY_MAP_RECORD, REFLECTION_RECORD].map((t) => [t.name, t.version]),
    );
    expect(versions).toEqual({
      node: 3,
      link: 1,
      settings: 1,
      area: 1,
      audience: 1,
      helpTopic: 1,
      criterion: 1,
      view: 1,
      parkingLotItem: 1,
      stickyNote: 1,
      participant: 1,
      vote: 1,
      milestoneEntry: 1,
      map: 4,
      reflection: 1,
    });
    // And the shape each version means, field by field, for the records that have moved on.
    expect(Object.keys(NODE_RECORD.schema.parse({ id: 'p', mapId: 'm', kind: 'project', name: 'P', x: 0, y: 0 })).sort()).toEqual(
      ['evaluationCategory', 'fidelity', 'id', 'impact', 'impactStories', 'kind', 'lastChecked', 'lead', 'mapId', 'name', 'notes', 'pinned', 'promoterCounts', 'quality', 'reflections', 'selfAssessment', 'status', 'supportOffered', 'tags', 'x', 'y'].sort(),
    );
  });

  it('upgrades a node from the first release (version 1)', () => {
    const v1 = { id: 'j', mapId: 'm', kind: 'project', name: 'Youth hub', x: 1, y: 2, pinned: false, tags: [], notes: '', lastChecked: null, selfAssessment: {}, status: 'Running', lead: 'Sam', evaluationCategory: null, fidelity: null, quality: null, impact: '' };
    const up = upgradeRecord(NODE_RECORD, v1, 1);
    expect(up).toEqual({ ok: true, value: { ...v1, reflections: [], promoterCounts: null, impactStories: [], supportOffered: [] } });
    const person = upgradeRecord(NODE_RECORD, { id: 'p', mapId: 'm', kind: 'person', name: 'Ann', x: 0, y: 0 }, 1);
    expect(up.ok && person.ok && 'reflections' in person.value).toBe(false);
  });

  it('upgrades a map record written by each earlier release (versions 1 to 3)', () => {
    const v1 = { id: 'm', schemaVersion: 1, name: 'Old', description: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', deletedAt: null, areas: [], audiences: [], helpTopics: [], criteria: [] };
    const v2 = { ...v1, views: [{ id: 'v', name: 'All', lens: { colour: 'kind', size: null, linkColour: false, filter: null }, focus: null, viewport: null }] };
    const v3 = { ...v2, milestones: { ...defaultMilestones(), projects: { target: 12, countFrom: 'map', entries: [] } }, parkingLot: [{ id: 'k', text: 'Parked', done: false, addedAt: '2026-01-01T00:00:00Z' }] };
    for (const [version, record] of [[1, v1], [2, v2], [3, v3]] as const) {
      const up = upgradeRecord(LEGACY_MAP_RECORD, record, version);
      if (!up.ok) throw new Error(up.error);
      expect(up.value.stickyNotes).toEqual([]);
      expect(up.value.voting).toEqual({ participants: [], dotsEach: 3, votes: [], tallyHidden: false });
      expect(up.value.views).toEqual(version >= 2 ? v2.views : []);
      expect(up.value.milestones.projects.target).toBe(version >= 3 ? 12 : 30);
      expect(up.value.parkingLot).toHaveLength(version >= 3 ? 1 : 0);
    }
  });

  it('refuses a record from a newer version, or one with no sensible version', () => {
    expect(upgradeRecord(LINK_RECORD, {}, 2)).toEqual({ ok: false, error: 'it was made by a newer version of Good Help Map (link version 2); update the app to see it' });
    expect(upgradeRecord(LINK_RECORD, {}, 0).ok).toBe(false);
    expect(upgradeRecord(LINK_RECORD, [], 1)).toEqual({ ok: false, error: 'it is not a record' });
  });
});
