import type { MapDocument } from '../editing/mapDocument';
import type { Participant, Vote, VoteTarget, Voting } from '../model';

/**
 * Votes whose node or note is still on the map. A deleted node's dots are kept in the record
 * (undoing the delete brings them back) but neither count nor use up anyone's dots meanwhile.
 * Findings are worked out afresh on every change, so their votes always count.
 */
export function liveVotes(doc: Pick<MapDocument, 'meta' | 'nodes'>): Vote[] {
  const notes = new Set(doc.meta.stickyNotes.map((n) => n.id));
  return doc.meta.voting.votes.filter((v) =>
    v.target.kind === 'node' ? v.target.id in doc.nodes : v.target.kind === 'sticky' ? notes.has(v.target.id) : true,
  );
}

export function dotsUsed(votes: readonly Vote[], participantId: string): number {
  return votes.reduce((n, v) => (v.participantId === participantId ? n + 1 : n), 0);
}

export function dotsLeft(doc: Pick<MapDocument, 'meta' | 'nodes'>, participantId: string): number {
  return Math.max(0, doc.meta.voting.dotsEach - dotsUsed(liveVotes(doc), participantId));
}

export function sameTarget(a: VoteTarget, b: VoteTarget): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/**
 * The participants for a list of names, keeping the id (and so the votes) of anyone already
 * taking part under the same name. Blank lines and repeats are dropped.
 */
export function participantsFor(names: readonly string[], current: readonly Participant[], makeId: () => string): Participant[] {
  const seen = new Set<string>();
  const out: Participant[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLocaleLowerCase('en-GB');
    if (!name || seen.has(key)) continue;
    seen.add(key);
    const existing = current.find((p) => p.name.toLocaleLowerCase('en-GB') === key);
    out.push(existing ? { ...existing, name } : { id: makeId(), name });
  }
  return out;
}

/** "Table 1" … "Table n": what a facilitator who does not want names starts with. */
export function numberedParticipants(count: number, prefix = 'Table'): string[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => `${prefix} ${i + 1}`);
}

export function votingIsSetUp(voting: Voting): boolean {
  return voting.participants.length > 0;
}
