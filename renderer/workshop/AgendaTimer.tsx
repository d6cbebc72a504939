import { useEffect, useId, useState } from 'react';
import { MAX_MINUTES, MIN_MINUTES, currentItem, isRunning } from '../../shared/workshop/timer';
import { useController } from '../app/controllerContext';
import { AgendaClock } from './AgendaClock';
import { runTimer, setAgendaOpen } from './workshopActions';
import { useWorkshop } from './workshopStore';

/** Names the current agenda item and sets its minutes (M). */
function AgendaItemForm() {
  const controller = useController();
  const item = useWorkshop((s) => currentItem(s.timer));
  const [title, setTitle] = useState(item.title);
  const [minutes, setMinutes] = useState(String(item.minutes));
  const titleId = useId();
  const minutesId = useId();
  useEffect(() => {
    setTitle(item.title);
    setMinutes(String(item.minutes));
  }, [item]);
  return (
    <form
      className="agenda-form"
      onSubmit={(event) => {
        event.preventDefault();
        runTimer(controller, { type: 'rename', title });
        runTimer(controller, { type: 'setMinutes', minutes: Number(minutes) });
        setAgendaOpen(controller, false);
      }}
    >
      <label htmlFor={titleId}>Agenda item</label>
      <input id={titleId} type="text" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} autoFocus />
      <label htmlFor={minutesId}>Minutes</label>
      <input id={minutesId} type="number" min={MIN_MINUTES} max={MAX_MINUTES} step={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      <button type="submit" className="button button--primary">
        Set
      </button>
    </form>
  );
}

/** The facilitator's timer: the clock, and a key for everything it does. */
export function AgendaTimer() {
  const controller = useController();
  const timer = useWorkshop((s) => s.timer);
  const agendaOpen = useWorkshop((s) => s.agendaOpen);
  const item = currentItem(timer);
  const running = isRunning(timer);
  const last = timer.current === timer.items.length - 1;
  return (
    <section className="workshop-timer" aria-label="Agenda timer">
      <AgendaClock title={`${timer.current + 1}. ${item.title}`} minutes={item.minutes} elapsedMs={timer.elapsedMs} startedAt={timer.startedAt} />
      <div className="workshop-timer__buttons">
        <button type="button" className="button" aria-keyshortcuts="T" onClick={() => runTimer(controller, { type: 'toggle', now: Date.now() })}>
          {running ? 'Pause' : timer.elapsedMs > 0 ? 'Resume' : 'Start'} <kbd>T</kbd>
        </button>
        <button type="button" className="button" aria-keyshortcuts="Shift+T" onClick={() => runTimer(controller, { type: 'reset' })}>
          Reset
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="]"
          title={last ? 'Add the next agenda item and time it' : 'Go on to the next agenda item'}
          onClick={() => runTimer(controller, { type: 'next', now: Date.now(), newId: crypto.randomUUID() })}
        >
          Next item <kbd>]</kbd>
        </button>
        <button type="button" className="button" aria-keyshortcuts="M" aria-expanded={agendaOpen} onClick={() => setAgendaOpen(controller, !agendaOpen)}>
          Set <kbd>M</kbd>
        </button>
      </div>
      {agendaOpen && <AgendaItemForm />}
    </section>
  );
}
