import { describe, expect, it } from 'vitest';
import { applyPatch, runCommand, snapshotFromDocument, type Command, type MapDocument } from '../../shared/editing';
import { commandSession } from './commandSession';
import { anonymiseMap } from '../../shared/files/anonymise';
import { createMapMeta } from '../../shared/model';
import { tallyVotes, dotsOn } from '../../shared/voting/tally';
import { dotsLeft, numberedParticipants } from '../../shared/voting/votingRules';

function mapWithNodes(): MapDocument {
  let doc: MapDocument = { meta: createMapMeta('Voting', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
  for (const [id, name] of [['lib', 'Library'], ['food', 'Food bank'], ['cafe', 'Community café']] as const) {
    const outcome = runCommand(doc, { type: 'addNode', args: { kind: 'space', x: 0, y: 0, id, name } });
    if (!outcome.ok) throw new Error(outcome.error);
    doc = applyPatch(doc, outcome.patch);
  }
  return doc;
}

/** A command session that answers a refused command with its message, as the voting panel shows it. */
class Session {
  private readonly session: ReturnType<typeof commandSession>;
  constructor(doc: MapDocument) {
    this.session = commandSession(doc);
  }
  get doc(): MapDocument {
    return this.session.doc;
  }
  run(command: Command): string | null {
    const refused = this.session.refused(command);
    if (refused) return refused;
    this.session.run(command);
    this.session.stopCapturing();
    return null;
  }
  undo(): void {
    this.session.undo();
  }
}

const node = (id: string) => ({ kind: 'node' as const, id });

function setUp(names = ['Ana', 'Table 2'], dotsEach = 3): { s: Session; ana: string; t2: string } {
  const s = new Session(mapWithNodes());
  expect(s.run({ type: 'editVoting', args: { type: 'setup', names, dotsEach } })).toBeNull();
  const [ana, t2] = s.doc.meta.voting.participants.map((p) => p.id);
  return { s, ana: ana!, t2: t2! };
}

describe('dot voting', () => {
  it('sets up participants by name or as numbered tables, dropping blanks and repeats', () => {
    const { s } = setUp(['Ana', '', ' ana ', 'Table 2']);
    expect(s.doc.meta.voting.participants.map((p) => p.name)).toEqual(['Ana', 'Table 2']);
    expect(numberedParticipants(3)).toEqual(['Table 1', 'Table 2', 'Table 3']);
    expect(s.run({ type: 'editVoting', args: { type: 'setup', names: [' '], dotsEach: 3 } })).toBe('Add at least one participant, or a number of tables.');
    expect(s.run({ type: 'editVoting', args: { type: 'setup', names: ['A'], dotsEach: 0 } })).toBe('Give each participant a whole number of dots from 1 to 20.');
  });

  it('limits each participant to their dots, stacking allowed, and says so plainly', () => {
    const { s, ana, t2 } = setUp();
    for (const id of ['lib', 'lib', 'food']) expect(s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node(id) } })).toBeNull();
    expect(s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node('cafe') } })).toBe(
      'Ana has used all 3 dots. Take one back first (in the tally), or give everyone more dots.',
    );
    expect(dotsLeft(s.doc, ana)).toBe(0);
    expect(dotsLeft(s.doc, t2)).toBe(3);
    expect(s.run({ type: 'editVoting', args: { type: 'vote', participantId: t2, target: node('food') } })).toBeNull();
    // Taking a dot back frees it again.
    expect(s.run({ type: 'editVoting', args: { type: 'unvote', participantId: ana, target: node('lib') } })).toBeNull();
    expect(dotsLeft(s.doc, ana)).toBe(1);
    expect(s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node('missing') } })).toBe('That node is no longer on the map.');
  });

  it('refuses fewer dots than someone has already placed', () => {
    const { s, ana } = setUp(['Ana'], 3);
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node('lib') } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node('lib') } });
    expect(s.run({ type: 'editVoting', args: { type: 'setup', names: ['Ana'], dotsEach: 1 } })).toBe(
      'Ana has already placed 2 dots. Clear the votes first, or give at least that many dots each.',
    );
    // Renaming the list keeps Ana's id and her votes; a participant taken off loses theirs.
    expect(s.run({ type: 'editVoting', args: { type: 'setup', names: ['ana', 'Bo'], dotsEach: 4 } })).toBeNull();
    expect(s.doc.meta.voting.participants[0]).toEqual({ id: ana, name: 'ana' });
    expect(s.doc.meta.voting.votes).toHaveLength(2);
  });

  it('tallies nodes, findings and notes, most dots first, with ties ranked equal', () => {
    const { s, ana, t2 } = setUp();
    s.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'note', x: 0, y: 0, text: 'Evening opening at the library' } } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node('food') } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: { kind: 'sticky', id: 'note' } } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: t2, target: node('lib') } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: t2, target: node('lib') } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: t2, target: { kind: 'finding', id: 'coverage:north', label: 'North has no safe space' } } });
    const rows = tallyVotes(s.doc);
    expect(rows.map((r) => [r.rank, r.tied, r.kindLabel, r.title, r.dots])).toEqual([
      [1, false, 'Node', 'Library', 2],
      [2, true, 'Node', 'Food bank', 1],
      [2, true, 'Sticky note', 'Evening opening at the library', 1],
      [2, true, 'Finding', 'North has no safe space', 1],
    ]);
    expect(rows[0]!.byParticipant).toEqual([{ name: 'Table 2', dots: 2 }]);
    expect(tallyVotes(s.doc, (id) => (id === 'coverage:north' ? 'Northside has no safe space yet.' : undefined))[3]!.title).toBe('Northside has no safe space yet.');
    expect(dotsOn(s.doc, 'node', 'lib')).toBe(2);
  });

  it('undoes a vote, a clear and hiding the tally; deleting a note takes its dots, undo brings them back', () => {
    const { s, ana } = setUp();
    s.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'note', x: 0, y: 0, text: 'Idea' } } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: { kind: 'sticky', id: 'note' } } });
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node('lib') } });
    s.run({ type: 'editVoting', args: { type: 'setTallyHidden', hidden: true } });
    expect(s.doc.meta.voting.tallyHidden).toBe(true);
    s.run({ type: 'editVoting', args: { type: 'clear' } });
    expect(s.doc.meta.voting.votes).toEqual([]);
    expect(s.run({ type: 'editVoting', args: { type: 'clear' } })).toBe('There are no votes to clear.');
    s.undo();
    expect(s.doc.meta.voting.votes).toHaveLength(2);
    s.undo();
    expect(s.doc.meta.voting.tallyHidden).toBe(false);
    s.run({ type: 'editStickyNotes', args: { type: 'remove', id: 'note' } });
    expect(s.doc.meta.voting.votes.map((v) => v.target.id)).toEqual(['lib']);
    s.undo();
    expect(s.doc.meta.voting.votes.map((v) => v.target.id)).toEqual(['note', 'lib']);
    s.undo();
    expect(s.doc.meta.voting.votes.map((v) => v.target.id)).toEqual(['note']);
  });

  it('does not count dots on a deleted node, and they return when the delete is undone', () => {
    const { s, ana } = setUp(['Ana'], 1);
    s.run({ type: 'editVoting', args: { type: 'vote', participantId: ana, target: node('cafe') } });
    s.run({ type: 'deleteElements', args: { nodeIds: ['cafe'], linkIds: [] } });
    expect(tallyVotes(s.doc)).toEqual([]);
    expect(dotsLeft(s.doc, ana)).toBe(1);
    s.undo();
    expect(tallyVotes(s.doc).map((r) => r.title)).toEqual(['Community café']);
  });
});

describe('a shareable copy of a map with a workshop on it', () => {
  it('keeps the tally but not who voted, and scrubs names from sticky notes', () => {
    let doc = mapWithNodes();
    const run = (command: Command) => {
      const outcome = runCommand(doc, command);
      if (!outcome.ok) throw new Error(outcome.error);
      doc = applyPatch(doc, outcome.patch);
    };
    run({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'amy', name: 'Amy Khan' } });
    run({ type: 'updateNode', args: { id: 'amy', changes: { role: 'Volunteer' } } });
    run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n', x: 0, y: 0, text: 'Ask Amy Khan about Sundays' } } });
    run({ type: 'editVoting', args: { type: 'setup', names: ['Dee Jones'], dotsEach: 3 } });
    run({ type: 'editVoting', args: { type: 'vote', participantId: doc.meta.voting.participants[0]!.id, target: { kind: 'node', id: 'lib' } } });
    const { snapshot } = anonymiseMap(snapshotFromDocument(doc));
    expect(snapshot.map.stickyNotes[0]!.text).toBe('Ask Volunteer 1 about Sundays');
    expect(snapshot.map.voting.participants.map((p) => p.name)).toEqual(['Participant 1']);
    expect(tallyVotes({ meta: snapshot.map, nodes: Object.fromEntries(snapshot.nodes.map((n) => [n.id, n])) }).map((r) => [r.title, r.dots])).toEqual([['Library', 1]]);
    expect(JSON.stringify(snapshot)).not.toContain('Dee Jones');
  });
});
