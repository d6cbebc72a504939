import { useEffect, useRef } from 'react';
import { stickyNoteTitle } from '../../shared/model';
import { dotsLeft } from '../../shared/voting/votingRules';
import { useAppState, useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { useSessionUi, useSessionUiStore } from '../stickies/sessionUi';
import { castVote } from './votingActions';

/** "Whose dot?": after V, with several participants. Number keys 1–9 pick one. */
export function VotePicker() {
  const controller = useController();
  const ui = useSessionUiStore();
  const target = useSessionUi((s) => s.voteTarget);
  const doc = useAppState((s) => s.doc);
  if (!doc || !target) return null;
  const close = () => ui.set({ dialog: 'none', voteTarget: null });
  const title =
    target.kind === 'node'
      ? (doc.nodes[target.id]?.name ?? 'this node')
      : target.kind === 'sticky'
        ? `the note “${stickyNoteTitle(doc.meta.stickyNotes.find((n) => n.id === target.id) ?? { text: '' }, 5)}”`
        : 'this finding';
  const participants = doc.meta.voting.participants;
  const vote = (id: string) => {
    if (castVote(controller, id, target)) close();
  };
  return (
    <Dialog title={`Whose dot on ${title}?`} onClose={close}>
      <NumberKeys count={Math.min(9, participants.length)} onPick={(i) => vote(participants[i]!.id)} />
      <ol className="vote-picker">
        {participants.map((p, i) => {
          const left = dotsLeft(doc, p.id);
          return (
            <li key={p.id}>
              <button type="button" className="button vote-picker__choice" disabled={left === 0} onClick={() => vote(p.id)} autoFocus={i === 0}>
                {i < 9 && <kbd aria-hidden="true">{i + 1}</kbd>} {p.name}
                <span className="vote-picker__left">
                  {left} of {doc.meta.voting.dotsEach} {left === 1 ? 'dot' : 'dots'} left
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="field__hint">Press a number, or choose with Tab and Enter.</p>
    </Dialog>
  );
}

/** 1–9 pick a participant wherever focus is in the dialog (it starts on the Close button). */
function NumberKeys({ count, onPick }: { count: number; onPick: (index: number) => void }) {
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const n = Number(event.key);
      if (event.ctrlKey || event.metaKey || event.altKey || !Number.isInteger(n) || n < 1 || n > count) return;
      event.preventDefault();
      pick.current(n - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);
  return null;
}
