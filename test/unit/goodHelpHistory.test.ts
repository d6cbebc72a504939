import { describe, expect, it } from 'vitest';
import { applyPatch, runCommand, type Command, type MapDocument } from '../../shared/editing';
import { invertPatch } from '../../shared/editing/patch';
import {
  allProgress,
  historySummary,
  mapCounts,
  organisationStrengths,
  reflectionSteps,
  boroughPicture,
} from '../../shared/goodHelp';
import { fieldScale } from '../../shared/lens';
import { createMapMeta, mapMetaSchema, projectNodeSchema, type ProjectNode } from '../../shared/model';

function emptyDoc(): MapDocument {
  return { meta: createMapMeta('Test', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
}

function run(doc: MapDocument, command: Command): MapDocument {
  const outcome = runCommand(doc, command);
  if (!outcome.ok) throw new Error(outcome.error);
  return applyPatch(doc, outcome.patch);
}

function withProject(): MapDocument {
  return run(emptyDoc(), { type: 'addNode', args: { kind: 'project', x: 0, y: 0, id: 'p', name: 'Food club' } });
}

describe('reflections keep their history', () => {
  it('keeps both of two reflections, and the current levels are the latest', () => {
    let doc = withProject();
    doc = run(doc, {
      type: 'recordReflection',
      args: { nodeId: 'p', reflection: { date: '2026-03-02', by: 'Project lead', levels: { powerSharing: 2, tailoring: 3 }, story: 'A parent now runs the Tuesday session.' } },
    });
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: '2026-06-10', by: 'Team', levels: { powerSharing: 4 } } } });
    const node = doc.nodes.p as ProjectNode;
    expect(node.reflections).toHaveLength(2);
    expect(node.reflections.map((r) => r.by)).toEqual(['Project lead', 'Team']);
    expect(node.reflections[0]!.story).toBe('A parent now runs the Tuesday session.');
    // Tailoring was left out of the later reflection: its earlier level still stands.
    expect(node.selfAssessment).toEqual({ powerSharing: 4, tailoring: 3 });
    expect(historySummary(node.reflections)).toBe('2 reflections since March 2026');
    const steps = reflectionSteps(node.reflections);
    expect(steps[0]!.reflection.date).toBe('2026-06-10');
    expect(steps[0]!.changes).toEqual({ powerSharing: 'up' });
    expect(steps[1]!.changes).toEqual({ powerSharing: 'new', tailoring: 'new' });
    // The saved node still reads back through the schema.
    expect(projectNodeSchema.parse(node)).toEqual(node);
  });

  it('an older reflection recorded later does not overwrite the newer levels', () => {
    let doc = withProject();
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: '2026-06-10', levels: { scaffolding: 4 } } } });
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: '2026-01-10', levels: { scaffolding: 1 } } } });
    expect(doc.nodes.p!.selfAssessment).toEqual({ scaffolding: 4 });
    expect(reflectionSteps((doc.nodes.p as ProjectNode).reflections).map((s) => s.changes.scaffolding)).toEqual(['up', 'new']);
  });

  it('is one undo step, and refuses what is not a reflection', () => {
    const before = withProject();
    const outcome = runCommand(before, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: '2026-03-02', levels: { transparency: 3 } } } });
    if (!outcome.ok) throw new Error(outcome.error);
    const after = applyPatch(before, outcome.patch);
    expect(applyPatch(after, invertPatch(outcome.patch))).toEqual(before);
    expect(runCommand(before, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: '2026-03-02', levels: {} } } })).toEqual({
      ok: false,
      error: 'Choose a level for at least one characteristic.',
    });
    expect(runCommand(before, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: 'yesterday', levels: { transparency: 3 } } } }).ok).toBe(false);
    const withPerson = run(before, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a', name: 'Ann' } });
    expect(runCommand(withPerson, { type: 'recordReflection', args: { nodeId: 'a', reflection: { date: '2026-03-02', levels: { transparency: 3 } } } }).ok).toBe(false);
  });

  it('removing a mistaken reflection falls back to the one before', () => {
    let doc = withProject();
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'p', reflection: { id: 'r1', date: '2026-03-02', levels: { tailoring: 2 } } } });
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'p', reflection: { id: 'r2', date: '2026-04-02', levels: { tailoring: 4, roleModels: 3 } } } });
    doc = run(doc, { type: 'removeReflection', args: { nodeId: 'p', reflectionId: 'r2' } });
    expect(doc.nodes.p!.selfAssessment).toEqual({ tailoring: 2 });
  });
});

describe('milestones', () => {
  it("start at the seeds' targets, and maps saved before milestones existed get them too", () => {
    const meta = emptyDoc().meta;
    expect([meta.milestones.projects.target, meta.milestones.professionals.target, meta.milestones.advocates.target]).toEqual([30, 400, 100]);
    const { milestones: _m, ...older } = meta;
    expect(mapMetaSchema.parse(older).milestones).toEqual(meta.milestones);
  });

  it('counts follow the map: adding an advocate adds one', () => {
    let doc = withProject();
    doc = run(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a', name: 'Ann' } });
    expect(mapCounts(doc)).toEqual({ projects: 1, professionals: 0, advocates: 0 });
    doc = run(doc, { type: 'updateNode', args: { id: 'a', changes: { isAdvocate: true, eventsAttended: ['Launch', 'Training'] } } });
    expect(mapCounts(doc)).toEqual({ projects: 1, professionals: 1, advocates: 1 });
    doc = run(doc, { type: 'addNode', args: { kind: 'project', x: 0, y: 0, name: 'Youth hub' } });
    const progress = allProgress(doc.meta.milestones, mapCounts(doc), '2026-05-01');
    expect(progress.map((p) => p.current)).toEqual([2, null, 1]);
  });

  it("keeps dated figures: today's counts from the map and figures entered by hand", () => {
    let doc = withProject();
    doc = run(doc, { type: 'editMilestones', args: { edit: { type: 'recordCounts', date: '2026-02-01', counts: { projects: 1 } } } });
    doc = run(doc, { type: 'editMilestones', args: { edit: { type: 'addEntry', id: 'professionals', date: '2026-02-01', value: 120 } } });
    doc = run(doc, { type: 'editMilestones', args: { edit: { type: 'addEntry', id: 'professionals', date: '2026-05-01', value: 212 } } });
    // A second figure on the same day replaces the first.
    doc = run(doc, { type: 'editMilestones', args: { edit: { type: 'addEntry', id: 'professionals', date: '2026-05-01', value: 215 } } });
    doc = run(doc, { type: 'addNode', args: { kind: 'project', x: 0, y: 0, name: 'Youth hub' } });
    const [projects, professionals] = allProgress(doc.meta.milestones, mapCounts(doc), '2026-06-01');
    expect(projects!.points).toEqual([
      { date: '2026-02-01', value: 1, live: false },
      { date: '2026-06-01', value: 2, live: true },
    ]);
    expect(professionals!.points.map((p) => p.value)).toEqual([120, 215]);
    expect(professionals!.current).toBe(215);
    expect(runCommand(doc, { type: 'editMilestones', args: { edit: { type: 'setTarget', id: 'projects', target: 0 } } }).ok).toBe(false);
  });
});

describe('strengths', () => {
  it('describe what an organisation brings, in name order, never ranked', () => {
    let doc = emptyDoc();
    doc = run(doc, { type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'o', name: 'Zest Trust' } });
    doc = run(doc, { type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'q', name: 'Acorn Group' } });
    doc = run(doc, { type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Hope Hall' } });
    doc = run(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a', name: 'Ann' } });
    doc = run(doc, { type: 'updateNode', args: { id: 'a', changes: { isAdvocate: true } } });
    doc = run(doc, { type: 'addLink', args: { source: 'o', target: 's', type: 'runsOrHosts' } });
    doc = run(doc, { type: 'addLink', args: { source: 'a', target: 'o', type: 'worksAt' } });
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'o', reflection: { date: '2026-03-02', levels: { powerSharing: 4, tailoring: 3, scaffolding: 3, transparency: 1 } } } });
    const [acorn, zest] = organisationStrengths(doc);
    expect(acorn!.name).toBe('Acorn Group');
    expect(acorn!.strengths).toEqual([]);
    expect(acorn!.invitation).toContain('Not much is recorded about Acorn Group yet');
    expect(zest!.strengths).toEqual([
      'Power sharing is part of who they are; tailoring and scaffolding are often true.',
      'Runs or hosts Hope Hall.',
      'Home to one Good Help advocate.',
    ]);
    const picture = boroughPicture(doc);
    expect(picture.reflected).toBe(1);
    expect(picture.headline).toContain('Where we are rich');
  });
});

describe('lenses follow reflections', () => {
  it('colour by a characteristic shows the current level, and "has reflected" tells who has', () => {
    let doc = withProject();
    doc = run(doc, { type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Hall' } });
    doc = run(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a', name: 'Ann' } });
    const ctx = () => ({ doc, network: null, areasOf: new Map<string, string[]>() });
    expect(fieldScale('goodHelp.powerSharing', ctx()).entryOf.get('p')!.role).toBe('notSet');
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: '2026-03-02', levels: { powerSharing: 2 } } } });
    const before = fieldScale('goodHelp.powerSharing', ctx()).entryOf.get('p')!;
    doc = run(doc, { type: 'recordReflection', args: { nodeId: 'p', reflection: { date: '2026-04-02', levels: { powerSharing: 4 } } } });
    const after = fieldScale('goodHelp.powerSharing', ctx()).entryOf.get('p')!;
    expect([before.key, after.key]).toEqual(['2', '4']);
    expect(after.swatch.fill).not.toBe(before.swatch.fill);
    const reflected = fieldScale('reflected', ctx());
    expect(['p', 's', 'a'].map((id) => reflected.entryOf.get(id)!.label)).toEqual(['Has reflected', 'Not yet reflected', 'A person (people do not reflect here)']);
  });
});

describe('shareable copies', () => {
  it("replace people's names in reflections and community stories, as everywhere else", async () => {
    const { anonymiseMap } = await import('../../shared/files/anonymise');
    const { snapshotFromDocument } = await import('../../shared/editing');
    let doc = withProject();
    doc = run(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a', name: 'Jane Smith' } });
    doc = run(doc, { type: 'updateNode', args: { id: 'a', changes: { role: 'Volunteer' } } });
    doc = run(doc, {
      type: 'recordReflection',
      args: { nodeId: 'p', reflection: { date: '2026-03-02', by: 'Jane Smith', levels: { tailoring: 3 }, notes: { tailoring: 'Jane Smith asks first.' }, story: 'Thanks to Jane Smith.' } },
    });
    doc = run(doc, { type: 'updateNode', args: { id: 'p', changes: { impactStories: [{ id: 's1', text: 'Jane Smith helped me.', date: null, source: 'told to Jane Smith' }] } } });
    const shared = anonymiseMap(snapshotFromDocument(doc)).snapshot.nodes.find((n) => n.id === 'p') as ProjectNode;
    expect(JSON.stringify(shared)).not.toContain('Jane Smith');
    expect(shared.reflections[0]!.by).toBe('Volunteer 1');
    expect(shared.impactStories[0]!.text).toBe('Volunteer 1 helped me.');
  });
});
