import { NodeResizeControl, NodeToolbar, Position, useReactFlow, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import { STICKY_COLOURS, STICKY_COLOUR_LABELS, STICKY_MAX_SIZE, STICKY_MIN_SIZE } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { VoteBadge } from '../voting/VoteBadge';
import { deleteStickyNote, editStickyNote } from './stickyActions';
import type { StickyFlowNode } from './stickyFlowNodes';
import { StickyTextEditor } from './StickyTextEditor';
import { useSessionUi } from './sessionUi';
import { startMoving } from '../editor/moveMode';
import { dispatchResize, resizeNote } from './stickyResize';
import { uncoverStickyTools } from './uncoverStickyTools';
import './stickies.css';

/** A sticky note on the canvas: double-click (or Enter) to write, drag to move, corner to resize. */
export const StickyNoteView = memo(function StickyNoteView({ data, selected }: NodeProps<StickyFlowNode>) {
  const { note } = data;
  const controller = useController();
  const editing = useSessionUi((s) => s.editingStickyId === note.id);
  // Notes step back, like the rest of the map, while part of it is brought forward.
  const faded = useAppState((s) => s.emphasis !== null);
  const resizeKey = useRef('');
  const flow = useReactFlow();
  const toolsShown = selected && !editing;
  // Chosen near a panel, the note's tools above it are brought out from under the panel.
  useEffect(() => {
    if (!toolsShown) return;
    const frame = requestAnimationFrame(() => uncoverStickyTools(flow));
    return () => cancelAnimationFrame(frame);
  }, [toolsShown, flow]);
  return (
    <div
      className={`sticky-note sticky-note--${note.colour}${selected ? ' is-selected' : ''}${editing ? ' is-editing' : ''}${faded && !selected ? ' is-faded' : ''}`}
      onDoubleClick={(e) => {
        e.stopPropagation();
        editStickyNote(controller, note.id);
      }}
    >
      {editing ? (
        <StickyTextEditor note={note} />
      ) : (
        <p className="sticky-note__text">{note.text || <span className="sticky-note__placeholder">Double-click or press Enter to write</span>}</p>
      )}
      <VoteBadge kind="sticky" id={note.id} />
      {selected && !editing && (
        <NodeResizeControl
          position="bottom-right"
          className="sticky-note__resize"
          minWidth={STICKY_MIN_SIZE.width}
          minHeight={STICKY_MIN_SIZE.height}
          maxWidth={STICKY_MAX_SIZE.width}
          maxHeight={STICKY_MAX_SIZE.height}
          onResizeStart={() => (resizeKey.current = `drag:resize:${note.id}:${Date.now()}`)}
          onResize={(_, p) =>
            controller.dispatch({
              type: 'editStickyNotes',
              args: { type: 'update', id: note.id, changes: { width: Math.round(p.width), height: Math.round(p.height) }, mergeKey: resizeKey.current },
            })
          }
        >
          <span className="sticky-note__grip" aria-hidden="true" />
        </NodeResizeControl>
      )}
      <NodeToolbar isVisible={toolsShown} position={Position.Top} className="sticky-toolbar" aria-label="Sticky note tools">
        <span className="sticky-toolbar__label" id={`sticky-colour-${note.id}`}>
          Colour
        </span>
        <span role="group" aria-labelledby={`sticky-colour-${note.id}`} className="sticky-toolbar__colours">
          {STICKY_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              className={`sticky-swatch sticky-note--${colour}`}
              aria-label={STICKY_COLOUR_LABELS[colour]}
              aria-pressed={note.colour === colour}
              title={STICKY_COLOUR_LABELS[colour]}
              onClick={() => controller.dispatch({ type: 'editStickyNotes', args: { type: 'update', id: note.id, changes: { colour } } })}
            />
          ))}
        </span>
        <button type="button" className="button button--small" onClick={() => editStickyNote(controller, note.id)}>
          Edit
        </button>
        {/* The pointer's ways to do what the drags do (WCAG 2.5.7): place with a click, size with buttons. */}
        <button type="button" className="button button--small" onClick={() => startMoving({ kind: 'sticky', id: note.id, name: 'the sticky note' })} title="Then click on the map where it should go">
          Move
        </button>
        <button type="button" className="button button--small" aria-label="Make the note smaller" title="Smaller" disabled={!resizeNote(note, -1)} onClick={() => dispatchResize(controller, note, -1)}>
          −
        </button>
        <button type="button" className="button button--small" aria-label="Make the note larger" title="Larger" disabled={!resizeNote(note, 1)} onClick={() => dispatchResize(controller, note, 1)}>
          +
        </button>
        <button type="button" className="button button--small" onClick={() => deleteStickyNote(controller, note.id)}>
          Delete note
        </button>
      </NodeToolbar>
    </div>
  );
});
