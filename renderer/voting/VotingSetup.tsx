import { useId, useState } from 'react';
import { MAX_DOTS_EACH } from '../../shared/model';
import { numberedParticipants } from '../../shared/voting/votingRules';
import { useAppState, useController } from '../app/controllerContext';

/** Who votes and how many dots each: names one per line, or "Table 1…n" in one click. */
export function VotingSetup({ onDone }: { onDone?: () => void }) {
  const controller = useController();
  const voting = useAppState((s) => s.doc?.meta.voting);
  const [names, setNames] = useState(() => (voting?.participants.length ? voting.participants.map((p) => p.name) : numberedParticipants(3)).join('\n'));
  const [tables, setTables] = useState('3');
  const [dots, setDots] = useState(String(voting?.dotsEach ?? 3));
  const id = useId();
  const dotsValue = Number(dots);
  const dotsValid = Number.isInteger(dotsValue) && dotsValue >= 1 && dotsValue <= MAX_DOTS_EACH;
  return (
    <form
      className="voting-setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (!dotsValid) return;
        if (controller.dispatch({ type: 'editVoting', args: { type: 'setup', names: names.split('\n'), dotsEach: dotsValue } })) onDone?.();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-names`}>Participants, one per line</label>
        <textarea id={`${id}-names`} rows={5} value={names} onChange={(e) => setNames(e.target.value)} />
      </div>
      <div className="voting-setup__tables">
        <label htmlFor={`${id}-tables`}>Or number the tables:</label>
        <input id={`${id}-tables`} type="number" min={1} max={50} value={tables} onChange={(e) => setTables(e.target.value)} />
        <button type="button" className="button button--small" onClick={() => setNames(numberedParticipants(Math.min(50, Math.max(1, Number(tables) || 1))).join('\n'))}>
          Use tables
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dots`}>Dots each</label>
        <input id={`${id}-dots`} type="number" min={1} max={MAX_DOTS_EACH} value={dots} aria-invalid={!dotsValid} onChange={(e) => setDots(e.target.value)} />
        {!dotsValid && <p className="field__error">Use a whole number from 1 to {MAX_DOTS_EACH}.</p>}
      </div>
      <div className="session-panel__actions">
        <button type="submit" className="button button--primary">
          {voting?.participants.length ? 'Save set-up' : 'Start voting'}
        </button>
        {onDone && voting?.participants.length ? (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
