import type { MapDocument } from '../editing/mapDocument';
import { stickyNoteTitle, type VoteTarget, type VoteTargetKind } from '../model';
import { liveVotes } from './votingRules';

export interface TallyRow {
  readonly target: VoteTarget;
  /** What was voted on, in words: a node's name, a note's first words, a finding's sentence. */
  readonly title: string;
  readonly kindLabel: string;
  readonly dots: number;
  /** Dots per participant, in the participants' order, leaving out those who gave none. */
  readonly byParticipant: readonly { readonly name: string; readonly dots: number }[];
  /** Equal-first rows share a rank ("1=", as a facilitator would read it out). */
  readonly rank: number;
  readonly tied: boolean;
}

const KIND_LABELS: Record<VoteTargetKind, string> = { node: 'Node', finding: 'Finding', sticky: 'Sticky note' };

/**
 * Everything that got a dot, most dots first; ties keep the order in which their first dot
 * was placed, so the list does not jump about while people vote.
 */
export function tallyVotes(
  doc: Pick<MapDocument, 'meta' | 'nodes'>,
  findingTitle: (id: string) => string | undefined = () => undefined,
): TallyRow[] {
  const rows = new Map<string, { target: VoteTarget; dots: number; per: Map<string, number>; first: number }>();
  liveVotes(doc).forEach((vote, i) => {
    const key = `${vote.target.kind}:${vote.target.id}`;
    const row = rows.get(key) ?? { target: vote.target, dots: 0, per: new Map<string, number>(), first: i };
    row.dots++;
    row.per.set(vote.participantId, (row.per.get(vote.participantId) ?? 0) + 1);
    rows.set(key, row);
  });
  const notes = new Map(doc.meta.stickyNotes.map((n) => [n.id, n]));
  const participants = doc.meta.voting.participants;
  const sorted = [...rows.values()].sort((a, b) => b.dots - a.dots || a.first - b.first);
  return sorted.map((row) => {
    const { target } = row;
    const title =
      target.kind === 'node'
        ? (doc.nodes[target.id]?.name ?? 'A node no longer on the map')
        : target.kind === 'sticky'
          ? stickyNoteTitle(notes.get(target.id) ?? { text: '' }, 10)
          : (findingTitle(target.id) ?? target.label ?? 'A finding');
    const rank = 1 + sorted.filter((other) => other.dots > row.dots).length;
    return {
      target,
      title,
      kindLabel: KIND_LABELS[target.kind],
      dots: row.dots,
      byParticipant: participants.filter((p) => row.per.has(p.id)).map((p) => ({ name: p.name, dots: row.per.get(p.id)! })),
      rank,
      tied: sorted.filter((other) => other.dots === row.dots).length > 1,
    };
  });
}

/** Dots on one node or note: what its badge shows. */
export function dotsOn(doc: Pick<MapDocument, 'meta' | 'nodes'>, kind: VoteTargetKind, id: string): number {
  return doc.meta.voting.votes.reduce((n, v) => (v.target.kind === kind && v.target.id === id ? n + 1 : n), 0);
}
