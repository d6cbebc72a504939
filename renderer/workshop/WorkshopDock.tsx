import { useAppState, useController } from '../app/controllerContext';
import { openAudienceWindow } from '../audience/openAudienceWindow';
import { AgendaTimer } from './AgendaTimer';
import { setParkingLotOpen, toggleWorkshopChrome, toggleWorkshopMode } from './workshopActions';
import { useWorkshop } from './workshopStore';

/** Workshop mode's own controls, top left of the map: the timer, the parking lot, the way out. */
export function WorkshopDock() {
  const controller = useController();
  const parkingLotOpen = useWorkshop((s) => s.parkingLotOpen);
  const panels = useWorkshop((s) => s.panels);
  const tools = useWorkshop((s) => s.tools);
  const parked = useAppState((s) => s.doc?.meta.parkingLot.filter((p) => !p.done).length ?? 0);
  return (
    <div className="workshop-dock" role="region" aria-label="Workshop">
      <AgendaTimer />
      <div className="workshop-dock__row">
        <button type="button" className="button" aria-expanded={parkingLotOpen} aria-keyshortcuts="K" onClick={() => setParkingLotOpen(controller, !parkingLotOpen)}>
          Parking lot{parked ? ` (${parked})` : ''} <kbd>K</kbd>
        </button>
        <button type="button" className="button" aria-keyshortcuts="Shift+A" onClick={() => void openAudienceWindow(controller)}>
          Audience window
        </button>
        <button type="button" className="button" aria-pressed={tools} aria-keyshortcuts="E" onClick={() => toggleWorkshopChrome(controller, 'tools')}>
          Tools <kbd>E</kbd>
        </button>
        <button type="button" className="button" aria-pressed={panels} aria-keyshortcuts="D" onClick={() => toggleWorkshopChrome(controller, 'panels')}>
          Panels <kbd>D</kbd>
        </button>
        <button type="button" className="button" aria-keyshortcuts="W" onClick={() => toggleWorkshopMode(controller)}>
          Leave <kbd>W</kbd>
        </button>
      </div>
    </div>
  );
}
