import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useController } from '../app/controllerContext';
import { focusMap } from '../canvas/focusMap';
import { placeMoving, stopMoving, useMoving } from './moveMode';

/**
 * While something is being moved: the map takes one click for where it goes. A bar says what
 * is moving and how to stop; Escape stops too. The map can still be zoomed with its buttons.
 */
export function MoveOverlay() {
  const moving = useMoving();
  const controller = useController();
  const flow = useReactFlow();
  // Leaving the editor mid-move leaves nothing half-moving for the next map.
  useEffect(() => () => stopMoving(), []);
  useEffect(() => {
    if (!moving) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      stopMoving();
      focusMap(moving.kind === 'node' ? moving.id : undefined);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [moving]);
  if (!moving) return null;
  return (
    <div
      className="move-overlay"
      onClick={(event) => {
        if (event.target !== event.currentTarget) return;
        placeMoving(controller, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      }}
    >
      <div className="move-overlay__bar" role="status">
        <span>
          Click on the map where <strong>{moving.name}</strong> should go.
        </span>
        <button type="button" className="button" onClick={() => stopMoving()}>
          Cancel move
        </button>
      </div>
    </div>
  );
}
