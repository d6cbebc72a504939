import { useState } from 'react';
import { dotsLeft, liveVotes } from '../../shared/voting/votingRules';
import { useAppState, useController } from '../app/controllerContext';
import { useSessionUiStore } from '../stickies/sessionUi';
import { SessionPanelFrame } from '../stickies/SessionPanelFrame';
import { TallyList } from './TallyList';
import { VotingSetup } from './VotingSetup';
import { voteOnSelection } from './votingActions';
import './voting.css';

/** Dot voting: set up who votes, vote on the selection, and the tally (hidden until revealed if wanted). */
export function VotingPanel() {
  const controller = useController();
  const ui = useSessionUiStore();
  const voting = useAppState((s) => s.doc?.meta.voting);
  const doc = useAppState((s) => s.doc);
  const [editing, setEditing] = useState(false);
  if (!voting || !doc) return null;
  const setUp = voting.participants.length > 0;
  const placed = liveVotes(doc).length;
  return (
    <SessionPanelFrame className="voting-panel" label="Dot voting" title="Dot voting" closeLabel="Close dot voting" onClose={() => ui.set({ panel: 'none' })}>
        {!setUp || editing ? (
          <VotingSetup {...(setUp ? { onDone: () => setEditing(false) } : {})} />
        ) : (
          <>
            <p>
              {voting.participants.length} {voting.participants.length === 1 ? 'participant' : 'participants'}, {voting.dotsEach} {voting.dotsEach === 1 ? 'dot' : 'dots'} each.{' '}
              <button type="button" className="button button--quiet button--small" onClick={() => setEditing(true)}>
                Change
              </button>
            </p>
            <p className="field__hint">
              Select a node, a sticky note or a gap-analysis finding, then press <kbd>V</kbd>
              {voting.participants.length > 1 ? ' and choose whose dot it is' : ''}.
            </p>
            <div className="session-panel__actions">
              <button type="button" className="button button--primary" onClick={() => voteOnSelection(controller)} aria-keyshortcuts="V">
                Vote for the selection
              </button>
            </div>
            <ul className="voting-left" aria-label="Dots left">
              {voting.participants.map((p) => (
                <li key={p.id}>
                  <span>{p.name}</span> <span className="voting-left__count">{dotsLeft(doc, p.id)} left</span>
                </li>
              ))}
            </ul>
            <h3>Tally</h3>
            {voting.tallyHidden ? (
              <p role="status">
                Hidden until you reveal it. {placed} {placed === 1 ? 'dot' : 'dots'} placed so far.
              </p>
            ) : (
              <TallyList />
            )}
            <div className="session-panel__actions">
              <button
                type="button"
                className="button"
                aria-pressed={voting.tallyHidden}
                onClick={() => controller.dispatch({ type: 'editVoting', args: { type: 'setTallyHidden', hidden: !voting.tallyHidden } })}
              >
                {voting.tallyHidden ? 'Reveal the tally' : 'Hide tally until reveal'}
              </button>
              <button
                type="button"
                className="button button--danger"
                disabled={voting.votes.length === 0}
                onClick={() => {
                  if (controller.dispatch({ type: 'editVoting', args: { type: 'clear' } })) {
                    controller.notify('info', 'All votes cleared.', { label: 'Undo', run: () => controller.undo() });
                  }
                }}
              >
                Clear votes
              </button>
            </div>
          </>
        )}
    </SessionPanelFrame>
  );
}
