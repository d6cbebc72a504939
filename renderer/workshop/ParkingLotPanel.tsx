import { useId, useState } from 'react';
import type { ParkingLotItem } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { setParkingLotOpen } from './workshopActions';

const NONE: readonly ParkingLotItem[] = [];

/**
 * Points to come back to. Part of the map's record: each change is a command, so it is saved
 * with the map and undone with Ctrl+Z like any other edit.
 */
export function ParkingLotPanel() {
  const controller = useController();
  const items = useAppState((s) => s.doc?.meta.parkingLot ?? NONE);
  const [text, setText] = useState('');
  const headingId = useId();
  const inputId = useId();
  const waiting = items.filter((i) => !i.done).length;
  return (
    <section className="parking-lot" aria-labelledby={headingId}>
      <header className="parking-lot__header">
        <h2 id={headingId}>Parking lot</h2>
        <span className="parking-lot__count">{items.length === 0 ? '' : `${waiting} to come back to`}</span>
        <button type="button" className="button button--quiet" aria-label="Close the parking lot" aria-keyshortcuts="K" onClick={() => setParkingLotOpen(controller, false)}>
          ✕
        </button>
      </header>
      <form
        className="parking-lot__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (controller.dispatch({ type: 'editParkingLot', args: { type: 'add', text } })) setText('');
        }}
      >
        <label htmlFor={inputId}>Point to come back to</label>
        <div className="parking-lot__row">
          <input id={inputId} type="text" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} autoFocus autoComplete="off" />
          <button type="submit" className="button button--primary">
            Park it
          </button>
        </div>
      </form>
      {items.length === 0 ? (
        <p className="parking-lot__empty">Nothing parked yet. Type a point and press Enter to park it.</p>
      ) : (
        <ul className="parking-lot__list" aria-label="Parked points">
          {items.map((item) => (
            <li key={item.id} className={`parking-lot__item${item.done ? ' is-done' : ''}`}>
              <label className="parking-lot__check">
                <input
                  type="checkbox"
                  checked={item.done}
                  onChange={(e) => controller.dispatch({ type: 'editParkingLot', args: { type: 'setDone', id: item.id, done: e.target.checked } })}
                />
                <span>{item.text}</span>
              </label>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Delete “${item.text}”`}
                onClick={() => controller.dispatch({ type: 'editParkingLot', args: { type: 'remove', id: item.id } })}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
