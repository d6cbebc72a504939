import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { tallyVotes } from '../../shared/voting/tally';
import { useAppState, useController } from '../app/controllerContext';
import { useAnalysis } from '../analysis/analysisServiceFor';
import { showVoteTarget } from './votingActions';

/** What got dots, most first. Each row finds its node, note or finding on the map. */
export function TallyList() {
  const controller = useController();
  const flow = useReactFlow();
  const doc = useAppState((s) => s.doc);
  const findings = useAnalysis((s) => s.result?.findings);
  const rows = useMemo(() => {
    if (!doc) return [];
    const titles = new Map(findings?.map((f) => [f.id, f.text]));
    return tallyVotes(doc, (id) => titles.get(id));
  }, [doc, findings]);
  const participants = doc?.meta.voting.participants ?? [];
  if (rows.length === 0) return <p className="field__hint">No dots placed yet.</p>;
  return (
    <ol className="tally" aria-label="Tally, most dots first">
      {rows.map((row) => (
        <li key={`${row.target.kind}:${row.target.id}`} className="tally__row">
          <span className="tally__rank" aria-label={`Rank ${row.rank}${row.tied ? ' (tied)' : ''}`}>
            {row.rank}
            {row.tied ? '=' : ''}
          </span>
          <span className="tally__main">
            <button type="button" className="tally__title" onClick={() => showVoteTarget(controller, flow, row.target)}>
              {row.title}
            </button>
            <span className="tally__kind">{row.kindLabel}</span>
            <span className="tally__by">
              {row.byParticipant.map((p) => {
                const participant = participants.find((x) => x.name === p.name);
                return (
                  <button
                    key={p.name}
                    type="button"
                    className="tally__take-back"
                    title={`Take back one of ${p.name}’s dots`}
                    aria-label={`Take back one of ${p.name}’s dots on ${row.title}`}
                    onClick={() => participant && controller.dispatch({ type: 'editVoting', args: { type: 'unvote', participantId: participant.id, target: row.target } })}
                  >
                    {p.name} {p.dots > 1 ? `×${p.dots}` : ''} <span aria-hidden="true">−</span>
                  </button>
                );
              })}
            </span>
          </span>
          <span className="tally__dots" aria-label={`${row.dots} ${row.dots === 1 ? 'dot' : 'dots'}`}>
            <span aria-hidden="true" className="tally__pips">{'●'.repeat(Math.min(row.dots, 12))}{row.dots > 12 ? '+' : ''}</span>
            <strong aria-hidden="true">{row.dots}</strong>
          </span>
        </li>
      ))}
    </ol>
  );
}
