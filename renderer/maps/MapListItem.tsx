import { useState } from 'react';
import { useController } from '../app/controllerContext';
import type { MapSummary } from '../storage/mapRepository';
import { timeAgo } from './timeAgo';

export function MapListItem({ map }: { map: MapSummary }) {
  const controller = useController();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(map.name);
  const binned = map.deletedAt !== null;

  if (renaming) {
    return (
      <li className="map-list__item">
        <form
          className="map-list__rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) void controller.renameMap(map.id, draft.trim());
            setRenaming(false);
          }}
        >
          <label className="field">
            <span className="field__label">New name for “{map.name}”</span>
            <input value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus maxLength={200} />
          </label>
          <button type="submit" className="button button--primary">Save name</button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>Cancel</button>
        </form>
      </li>
    );
  }

  return (
    <li className="map-list__item">
      <div className="map-list__info">
        {binned ? (
          <span className="map-list__name">{map.name}</span>
        ) : (
          <button type="button" className="map-list__name map-list__open" onClick={() => void controller.openMap(map.id)}>
            {map.name}
          </button>
        )}
        <span className="muted">{binned ? `Moved to the bin ${timeAgo(map.deletedAt!)}` : `Changed ${timeAgo(map.updatedAt)}`}</span>
      </div>
      <div className="map-list__actions">
        {binned ? (
          <>
            <button type="button" className="button" onClick={() => void controller.restoreMap(map.id)} aria-label={`Restore ${map.name}`}>Restore</button>
            <button
              type="button"
              className="button button--danger"
              aria-label={`Delete ${map.name} for ever`}
              onClick={() => {
                if (window.confirm(`Delete “${map.name}” for ever? This cannot be undone.`)) void controller.purgeMap(map.id);
              }}
            >
              Delete for ever
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setRenaming(true)} aria-label={`Rename ${map.name}`}>Rename</button>
            <button type="button" className="button" onClick={() => void controller.duplicateMap(map.id)} aria-label={`Duplicate ${map.name}`}>Duplicate</button>
            <button type="button" className="button button--danger" onClick={() => void controller.deleteMap(map.id)} aria-label={`Move ${map.name} to the bin`}>Move to bin</button>
          </>
        )}
      </div>
    </li>
  );
}
