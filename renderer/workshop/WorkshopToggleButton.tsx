import { useController } from '../app/controllerContext';
import { focusMap } from '../canvas/focusMap';
import { toggleWorkshopMode } from './workshopActions';
import { useWorkshop } from './workshopStore';

/** The toolbar's Workshop mode switch (W): pressed while the room is looking. */
export function WorkshopToggleButton() {
  const controller = useController();
  const on = useWorkshop((s) => s.on);
  return (
    <button
      type="button"
      className={`button${on ? ' is-active' : ''}`}
      aria-pressed={on}
      aria-keyshortcuts="W"
      title="Full screen, large text and high contrast for a room; editing tools tucked away (W)"
      onClick={() => {
        toggleWorkshopMode(controller);
        // The room is looking at the map: the keyboard goes there, so the toolbar slides away.
        focusMap(controller.state.selection.nodeIds[0]);
      }}
    >
      Workshop mode
    </button>
  );
}
