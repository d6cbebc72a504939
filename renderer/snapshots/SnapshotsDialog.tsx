import { plural } from '../../shared/analysis/words';
import { useCallback, useEffect, useId, useState } from 'react';
import type { MapSnapshotSummary } from '../../shared/snapshots/mapSnapshotRecord';
import { useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { useSessionUiStore } from '../stickies/sessionUi';
import { compareSnapshots, deleteSnapshot, listSnapshots, renameSnapshot, restoreAsNewMap } from './snapshotService';
import './snapshots.css';

const NOW = 'now';

function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The map's snapshots: rename, delete, open as a new map, and compare any two (or one with now). */
export function SnapshotsDialog() {
  const controller = useController();
  const ui = useSessionUiStore();
  const [list, setList] = useState<MapSnapshotSummary[] | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState(NOW);
  const id = useId();
  const close = () => ui.set({ dialog: 'none' });
  const reload = useCallback(async () => {
    const next = await listSnapshots(controller);
    setList(next);
    setBefore((b) => (next.some((s) => s.id === b) ? b : (next[0]?.id ?? '')));
  }, [controller]);
  useEffect(() => void reload(), [reload]);

  return (
    <Dialog title="Snapshots and compare" onClose={close} wide>
      {list === null ? (
        <p role="status">Loading snapshots…</p>
      ) : list.length === 0 ? (
        <p>
          No snapshots of this map yet. Use <strong>Session ▸ Save snapshot…</strong> to keep a copy, e.g. “Before the workshop”, then come back here to see what changed.
        </p>
      ) : (
        <>
          <form
            className="snapshot-compare"
            onSubmit={(e) => {
              e.preventDefault();
              if (before) void compareSnapshots(controller, before, after === NOW ? null : after);
            }}
          >
            <label htmlFor={`${id}-before`}>Compare</label>
            <select id={`${id}-before`} value={before} onChange={(e) => setBefore(e.target.value)}>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-after`}>with</label>
            <select id={`${id}-after`} value={after} onChange={(e) => setAfter(e.target.value)}>
              <option value={NOW}>The map now</option>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--primary" disabled={!before || before === after}>
              Compare
            </button>
          </form>
          <table className="snapshot-list">
            <caption className="visually-hidden">Snapshots of this map, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Saved</th>
                <th scope="col">Contents</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <td>
                    {renaming?.id === s.id ? (
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          void renameSnapshot(controller, s.id, renaming.name).then((ok) => ok && (setRenaming(null), void reload()));
                        }}
                      >
                        <input aria-label={`New name for ${s.name}`} value={renaming.name} maxLength={200} autoFocus onChange={(e) => setRenaming({ id: s.id, name: e.target.value })} />
                        <button type="submit" className="button button--small">
                          Save
                        </button>
                      </form>
                    ) : (
                      <strong>{s.name}</strong>
                    )}
                  </td>
                  <td>{when(s.createdAt)}</td>
                  <td>
                    {plural(s.nodeCount, 'node')}, {plural(s.linkCount, 'link')}
                  </td>
                  <td className="snapshot-list__actions">
                    <button type="button" className="button button--small" onClick={() => void compareSnapshots(controller, s.id, null)} aria-label={`Compare ${s.name} with the map now`}>
                      Compare with now
                    </button>
                    <button type="button" className="button button--small" onClick={() => setRenaming({ id: s.id, name: s.name })} aria-label={`Rename ${s.name}`}>
                      Rename
                    </button>
                    <button type="button" className="button button--small" onClick={() => void restoreAsNewMap(controller, s.id)} aria-label={`Open ${s.name} as a new map`}>
                      Open as new map
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={`Delete ${s.name}`}
                      onClick={() => {
                        if (window.confirm(`Delete the snapshot “${s.name}”? This cannot be undone.`)) void deleteSnapshot(controller, s.id).then(reload);
                      }}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}
