import { useMemo } from 'react';
import { LINK_TYPE_LABELS } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';

/**
 * The node's links, each a button that selects it: the map is one Tab stop and its links are
 * not in the Tab order, so this is how the keyboard reaches a link's details (and Delete).
 */
export function NodeLinks({ id }: { id: string }) {
  const controller = useController();
  const links = useAppState((s) => s.doc?.links);
  const nodes = useAppState((s) => s.doc?.nodes);
  const rows = useMemo(
    () =>
      Object.values(links ?? {})
        .filter((l) => l.source === id || l.target === id)
        .map((l) => {
          const outgoing = l.source === id;
          const other = nodes?.[outgoing ? l.target : l.source]?.name ?? 'a node';
          return { id: l.id, text: `${outgoing ? 'To' : 'From'} ${other}`, type: LINK_TYPE_LABELS[l.type] };
        })
        .sort((a, b) => a.text.localeCompare(b.text)),
    [links, nodes, id],
  );
  if (rows.length === 0) return null;
  return (
    <details className="details__links">
      <summary>Links ({rows.length})</summary>
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            <button type="button" className="button button--quiet" onClick={() => controller.select({ nodeIds: [], linkIds: [r.id] })}>
              {r.text} <span className="details__link-type">({r.type.toLowerCase()})</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
