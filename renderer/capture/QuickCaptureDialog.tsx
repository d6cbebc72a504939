import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useState } from 'react';
import { parseCaptureList, placeCaptured } from '../../shared/editing/quickCapture';
import { ADD_NODES_LIMIT } from '../../shared/editing/commands/addNodes';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { NODE_KINDS, NODE_KIND_LABELS, type NodeKind } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { describeCapture } from './describeCapture';
import './capture.css';

/**
 * Quick capture: type or paste names said in the room, one per line ("org: Food bank" sets the
 * kind), and they appear next to the selected node — or in the middle of the screen — in one
 * undo step.
 */
export function QuickCaptureDialog({ onClose }: { onClose: () => void }) {
  const controller = useController();
  const flow = useReactFlow();
  const selected = useAppState((s) => (s.selection.nodeIds.length === 1 ? s.doc?.nodes[s.selection.nodeIds[0]!] : undefined));
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NodeKind>('organisation');
  const [link, setLink] = useState(false);
  const ids = { text: useId(), kind: useId(), hint: useId() };
  const names = useMemo(() => parseCaptureList(text, kind), [text, kind]);
  const tooMany = names.length > ADD_NODES_LIMIT;

  const add = () => {
    const doc = controller.state.doc;
    if (!doc || names.length === 0 || tooMany) return;
    const near = selected ? { x: selected.x + NODE_WIDTH / 2, y: selected.y + NODE_HEIGHT / 2 } : viewportCentre(flow);
    const spots = placeCaptured(Object.values(doc.nodes), near, names.length);
    const ok = controller.dispatch({
      type: 'addNodes',
      args: { nodes: names.map((n, i) => ({ kind: n.kind, name: n.name, ...spots[i]! })), linkTo: link && selected ? selected.id : null },
    });
    if (!ok) return;
    onClose();
    controller.notify('info', `Added ${describeCapture(names)}${link && selected ? `, each linked to ${selected.name}` : ''}. Ctrl+Z takes them all off again.`);
  };

  return (
    <Dialog title="Quick capture" onClose={onClose}>
      <form
        className="capture"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="field" htmlFor={ids.text}>
          <span className="field__label">Names, one per line</span>
          <span className="field__hint" id={ids.hint}>
            Start a line with “person:”, “org:”, “space:” or “project:” to say what it is.
          </span>
          <textarea
            id={ids.text}
            aria-describedby={ids.hint}
            rows={9}
            value={text}
            autoFocus
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <label className="field" htmlFor={ids.kind}>
          <span className="field__label">Lines without a kind are</span>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'person' ? 'People' : `${NODE_KIND_LABELS[k]}s`}
              </option>
            ))}
          </select>
        </label>
        {selected && (
          <label className="field capture__link">
            <input type="checkbox" checked={link} onChange={(e) => setLink(e.target.checked)} />
            <span>Link each to {selected.name}</span>
          </label>
        )}
        <p className="capture__summary" role="status">
          {tooMany
            ? `That is ${names.length} names: add at most ${ADD_NODES_LIMIT} at a time.`
            : names.length
              ? `Ready to add ${describeCapture(names)}${selected ? ` next to ${selected.name}` : ' in the middle of the screen'}.`
              : 'Nothing to add yet.'}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={names.length === 0 || tooMany}>
            {names.length ? `Add ${names.length} to the map` : 'Add to the map'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function viewportCentre(flow: ReturnType<typeof useReactFlow>): { x: number; y: number } {
  const pane = document.querySelector('.react-flow');
  if (!pane) return { x: 0, y: 0 };
  const rect = pane.getBoundingClientRect();
  return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}
