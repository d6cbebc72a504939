import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { NODE_KIND_LABELS } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { KindIcon } from '../canvas/KindIcon';
import { Dialog } from '../components/Dialog';
import { findNodes } from './findNodes';

/** Find a node by name (or tag, role, postcode) and go to it. */
export function FindDialog() {
  const controller = useController();
  const flow = useReactFlow();
  const nodes = useAppState((s) => s.doc?.nodes);
  const [query, setQuery] = useState('');
  const results = useMemo(() => findNodes(Object.values(nodes ?? {}), query, 30), [nodes, query]);
  const close = () => controller.setDialog('none');
  const go = (id: string) => {
    const node = nodes?.[id];
    if (!node) return;
    controller.select({ nodeIds: [id], linkIds: [] });
    close();
    void flow.setCenter(node.x + NODE_WIDTH / 2, node.y + NODE_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 400 });
  };
  return (
    <Dialog title="Find a node" onClose={close} returnFocus="map">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (results[0]) go(results[0].id);
        }}
      >
        <label className="field">
          <span className="field__label">Name, role, tag or postcode</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            // A search box's own Escape only empties it, so closing took a second press.
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault();
              close();
            }}
            autoFocus
          />
        </label>
      </form>
      <ul className="find-results" aria-label="Matching nodes">
        {query.trim() && results.length === 0 && <li className="find-results__empty">Nothing on this map matches “{query}”.</li>}
        {results.map((node) => (
          <li key={node.id}>
            <button type="button" className={`find-results__item find-results__item--${node.kind}`} onClick={() => go(node.id)}>
              <KindIcon kind={node.kind} size={18} />
              <span>{node.name}</span>
              <span className="find-results__kind">{NODE_KIND_LABELS[node.kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
