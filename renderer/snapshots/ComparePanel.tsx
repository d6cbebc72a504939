import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { snapshotFromDocument } from '../../shared/editing';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { compareMaps, createCompareCache, type LinkDifference, type MapComparison, type NodeDifference } from '../../shared/snapshots/compareMaps';
import { useAppState, useController } from '../app/controllerContext';
import { clearEmphasis, emphasise } from '../state/emphasis';
import type { EditorController } from '../state/editorController';
import { SessionPanelFrame } from '../stickies/SessionPanelFrame';
import { sessionUiFor, useSessionUi } from '../stickies/sessionUi';
import './snapshots.css';

/**
 * What changed between a snapshot and the map now (or another snapshot): grouped lists, each
 * entry finding its node or link on the map, while the map brings the changes forward and
 * marks them "New" or "Changed". Removed nodes can only be listed.
 */
export function ComparePanel() {
  const controller = useController();
  const flow = useReactFlow();
  const comparison = useSessionUi((s) => s.comparison);
  const doc = useAppState((s) => s.doc);
  // With "the map now", the comparison runs again after every edit; the cache makes records
  // the edit did not touch cost a lookup each.
  const cache = useMemo(() => (comparison ? createCompareCache(comparison.before) : undefined), [comparison]);
  const result = useMemo(() => {
    if (!comparison || !doc) return null;
    return compareMaps(comparison.before, comparison.after ?? snapshotFromDocument(doc), cache);
  }, [comparison, doc, cache]);

  useEffect(() => {
    if (!result || !comparison) return;
    const marks = new Map<string, 'added' | 'changed'>();
    for (const n of result.nodes.added) marks.set(n.id, 'added');
    for (const n of result.nodes.changed) marks.set(n.id, 'changed');
    const linkIds = new Set([...result.links.added, ...result.links.changed].map((l) => l.id));
    sessionUiFor(controller).set({ compareMarks: marks });
    emphasise(controller, { nodeIds: new Set(marks.keys()), linkIds, label: `changes since “${comparison.beforeName}”`, source: 'compare' });
  }, [controller, result, comparison]);
  useEffect(() => () => closeComparison(controller, false), [controller]);

  if (!result || !comparison || !doc) return null;
  const select = (nodeIds: string[], linkIds: string[], at: { x: number; y: number } | null) => {
    sessionUiFor(controller).set({ selectedStickyId: null });
    controller.select({ nodeIds, linkIds });
    if (at) void flow.setCenter(at.x, at.y, { zoom: Math.max(flow.getZoom(), 0.8), duration: 400 });
  };
  const nodeAt = (id: string) => {
    const n = doc.nodes[id];
    return n ? { x: n.x + NODE_WIDTH / 2, y: n.y + NODE_HEIGHT / 2 } : null;
  };
  const onNode = (d: NodeDifference) => (doc.nodes[d.id] ? () => select([d.id], [], nodeAt(d.id)) : null);
  const onLink = (d: LinkDifference) => {
    if (!doc.links[d.id]) return null;
    const a = nodeAt(d.source);
    const b = nodeAt(d.target);
    return () => select([], [d.id], a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : a);
  };
  return (
    <SessionPanelFrame
      className="compare-panel"
      label="Compare snapshots"
      title={<>“{comparison.beforeName}” → {comparison.afterName === 'the map now' ? 'now' : `“${comparison.afterName}”`}</>}
      closeLabel="Close the comparison"
      onClose={() => closeComparison(controller, true)}
    >
        <p className="compare-summary" role="status">
          {summary(result)}
        </p>
        <Group title="Nodes added" tone="added" items={result.nodes.added.map((d) => ({ key: d.id, name: d.name, kind: d.kindLabel, changes: [], run: onNode(d) }))} />
        <Group title="Nodes changed" tone="changed" items={result.nodes.changed.map((d) => ({ key: d.id, name: d.name, kind: d.kindLabel, changes: d.changes, run: onNode(d) }))} />
        <Group title="Nodes removed" tone="removed" items={result.nodes.removed.map((d) => ({ key: d.id, name: d.name, kind: d.kindLabel, changes: [], run: null }))} />
        <Group title="Links added" tone="added" items={result.links.added.map((d) => ({ key: d.id, name: d.description, kind: '', changes: [], run: onLink(d) }))} />
        <Group title="Links changed" tone="changed" items={result.links.changed.map((d) => ({ key: d.id, name: d.description, kind: '', changes: d.changes, run: onLink(d) }))} />
        <Group title="Links removed" tone="removed" items={result.links.removed.map((d) => ({ key: d.id, name: d.description, kind: '', changes: [], run: null }))} />
        {result.other.length > 0 && (
          <section className="compare-group" aria-label="Also changed">
            <h3>Also changed</h3>
            <ul className="compare-entry__changes">
              {result.other.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}
        {result.nodes.moved.length > 0 && (
          <details className="compare-group">
            <summary>
              {result.nodes.moved.length} {result.nodes.moved.length === 1 ? 'node' : 'nodes'} only moved on the map (not counted as changes)
            </summary>
            <ul className="compare-list">
              {result.nodes.moved.map((d) => (
                <Entry key={d.id} name={d.name} kind={d.kindLabel} changes={[]} run={onNode(d)} />
              ))}
            </ul>
          </details>
        )}
    </SessionPanelFrame>
  );
}

function summary(result: MapComparison): string {
  if (result.changeCount === 0) return result.other.length ? 'No nodes or links changed.' : 'Nothing has changed.';
  return `${result.changeCount} ${result.changeCount === 1 ? 'change' : 'changes'} to nodes and links.`;
}

interface Item {
  key: string;
  name: string;
  kind: string;
  changes: readonly string[];
  run: (() => void) | null;
}

function Group({ title, tone, items }: { title: string; tone: 'added' | 'changed' | 'removed'; items: Item[] }) {
  if (items.length === 0) return null;
  return (
    <section className={`compare-group compare-group--${tone}`} aria-label={`${title} (${items.length})`}>
      <h3>
        <span className="compare-group__swatch" aria-hidden="true" />
        {title} ({items.length})
      </h3>
      <ul className="compare-list">
        {items.map(({ key, ...item }) => (
          <Entry key={key} {...item} />
        ))}
      </ul>
    </section>
  );
}

function Entry({ name, kind, changes, run }: Omit<Item, 'key'>) {
  const body = (
    <>
      <span className="compare-entry__name">{name}</span>
      {kind && <span className="compare-entry__kind">{kind}</span>}
      {changes.length > 0 && (
        <ul className="compare-entry__changes">
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <li>
      {run ? (
        <button type="button" className="compare-entry" onClick={run}>
          {body}
        </button>
      ) : (
        <div className="compare-entry is-gone">{body}</div>
      )}
    </li>
  );
}

/** Closes the comparison and its marks; the map is shown whole again. */
export function closeComparison(controller: EditorController, closePanel: boolean): void {
  const ui = sessionUiFor(controller);
  ui.set({ compareMarks: null, ...(closePanel ? { panel: 'none' as const, comparison: null } : {}) });
  clearEmphasis(controller, 'compare');
}
