import { useMemo, useState } from 'react';
import { suggestLinkType } from '../../shared/editing';
import { LINK_TYPES, LINK_TYPE_LABELS, type LinkType } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';

/**
 * Chooses the type of a new link. Opened by dragging from one node to another, or from the
 * keyboard with only a source — then the user picks the other end here too.
 */
export function ConnectDialog({
  connection,
  onClose,
}: {
  connection: { source: string; target: string | null };
  onClose: () => void;
}) {
  const controller = useController();
  const nodes = useAppState((s) => s.doc?.nodes);
  const source = nodes?.[connection.source];
  const [targetId, setTargetId] = useState(connection.target ?? '');
  const target = nodes?.[targetId];
  const [type, setType] = useState<LinkType | null>(null);
  const chosenType = type ?? (source && target ? suggestLinkType(source.kind, target.kind) : 'knows');
  const others = useMemo(
    () => Object.values(nodes ?? {}).filter((n) => n.id !== connection.source).sort((a, b) => a.name.localeCompare(b.name)),
    [nodes, connection.source],
  );
  if (!source) return null;

  const submit = () => {
    if (!target) return;
    if (controller.dispatch({ type: 'addLink', args: { source: source.id, target: target.id, type: chosenType } })) onClose();
  };

  return (
    // The title names what was asked for when the dialog opened, so it does not jump about.
    <Dialog title={connection.target && target ? `Link ${source.name} to ${target.name}` : `Link ${source.name} to…`} onClose={onClose} returnFocus="map">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {connection.target === null && (
          <label className="field">
            <span className="field__label">Link to</span>
            <select value={targetId} onChange={(e) => setTargetId(e.target.value)} autoFocus>
              <option value="">Choose a node…</option>
              {others.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name} ({n.kind})
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="field link-types">
          <legend className="field__label">What kind of link is it?</legend>
          {LINK_TYPES.map((t) => (
            <label key={t} className="radio">
              <input
                type="radio"
                name="link-type"
                value={t}
                checked={chosenType === t}
                onChange={() => setType(t)}
                autoFocus={connection.target !== null && chosenType === t}
              />
              {LINK_TYPE_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!target}>
            Add link
          </button>
        </div>
      </form>
    </Dialog>
  );
}
