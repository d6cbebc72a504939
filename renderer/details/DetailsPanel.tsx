import type { KeyboardEvent } from 'react';
import { useAppState, useController } from '../app/controllerContext';
import { focusMap } from '../canvas/focusMap';
import { LinkDetails } from './LinkDetails';
import { NodeDetails } from './NodeDetails';

/** The right-hand panel: everything about what is selected, editable. */
export function DetailsPanel() {
  const controller = useController();
  const nodeIds = useAppState((s) => s.selection.nodeIds);
  const linkIds = useAppState((s) => s.selection.linkIds);
  const total = nodeIds.length + linkIds.length;
  let body;
  if (total === 0) {
    body = (
      <div className="details details--empty">
        <h2 className="details__kind">Details</h2>
        <p>Select a node or a link to see and edit its details.</p>
        <p className="field__hint">Add to the map with the buttons above, or double-click an empty part of the map.</p>
      </div>
    );
  } else if (nodeIds.length === 1 && linkIds.length === 0) {
    body = <NodeDetails key={nodeIds[0]} id={nodeIds[0]!} />;
  } else if (linkIds.length === 1 && nodeIds.length === 0) {
    body = <LinkDetails key={linkIds[0]} id={linkIds[0]!} />;
  } else {
    const parts = [
      nodeIds.length ? `${nodeIds.length} node${nodeIds.length === 1 ? '' : 's'}` : '',
      linkIds.length ? `${linkIds.length} link${linkIds.length === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    body = (
      <div className="details">
        <h2 className="details__kind">{parts.join(' and ')} selected</h2>
        <button type="button" className="button button--danger" onClick={() => controller.deleteSelection()}>
          Delete {parts.join(' and ')}
        </button>
      </div>
    );
  }
  // Fields save as you type, so Enter (in a one-line field) and Escape mean "done here": the
  // keyboard goes back to the map, where the next shortcut adds a node instead of typing.
  const onKeyDown = (event: KeyboardEvent) => {
    const field = event.target;
    // A dialog opened from the panel (a reflection) keeps Escape for closing itself.
    if (field instanceof Element && field.closest('dialog')) return;
    const oneLine = field instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(field.type);
    if (event.key === 'Escape' || (event.key === 'Enter' && oneLine)) {
      if (event.nativeEvent.isComposing) return;
      event.preventDefault();
      focusMap(nodeIds.length === 1 ? nodeIds[0] : undefined);
    }
  };
  return (
    <aside className="details-panel" role="region" aria-label="Details" onKeyDown={onKeyDown}>
      {body}
    </aside>
  );
}
