import type { VoteTargetKind, Voting } from '../../shared/model';
import { useAppState } from '../app/controllerContext';

// Every node asks on every change of app state, so the counts are worked out once per
// version of the voting record and each question is one lookup.
const counts = new WeakMap<Voting, Map<string, number>>();
function dotsOn(voting: Voting, kind: VoteTargetKind, id: string): number {
  let map = counts.get(voting);
  if (!map) {
    map = new Map();
    for (const v of voting.votes) map.set(`${v.target.kind}:${v.target.id}`, (map.get(`${v.target.kind}:${v.target.id}`) ?? 0) + 1);
    counts.set(voting, map);
  }
  return map.get(`${kind}:${id}`) ?? 0;
}

/** A node's or note's dots, shown as a count on its corner; hidden while the tally is. */
export function VoteBadge({ kind, id }: { kind: VoteTargetKind; id: string }) {
  // A number: the node re-renders only when its own count changes.
  const dots = useAppState((s) => (s.doc && !s.doc.meta.voting.tallyHidden ? dotsOn(s.doc.meta.voting, kind, id) : 0));
  if (dots === 0) return null;
  return (
    <span className="vote-badge" title={`${dots} ${dots === 1 ? 'dot' : 'dots'} in the voting`}>
      <span aria-hidden="true">●</span> {dots}
      <span className="visually-hidden"> {dots === 1 ? 'dot' : 'dots'}</span>
    </span>
  );
}
