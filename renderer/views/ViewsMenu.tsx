import { useReactFlow } from '@xyflow/react';
import { useId, useState } from 'react';
import type { MapView } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { ToolbarPopover } from '../components/ToolbarPopover';
import { saveCurrentView, showView, stepView, updateView } from './viewActions';
import { useViewStepping } from './useViewStepping';
import './views.css';

const NO_VIEWS: readonly MapView[] = [];

/** The toolbar's Views button: save what is on screen as a view, and step through views like slides. */
export function ViewsMenu() {
  const controller = useController();
  const flow = useReactFlow();
  useViewStepping();
  const views = useAppState((s) => s.doc?.meta.views ?? NO_VIEWS);
  const activeId = useAppState((s) => s.activeViewId);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const nameId = useId();
  const activeIndex = views.findIndex((v) => v.id === activeId);
  const position = activeIndex >= 0 ? `View ${activeIndex + 1} of ${views.length}` : `${views.length} saved view${views.length === 1 ? '' : 's'}`;

  const save = () => {
    const trimmed = name.trim() || `View ${views.length + 1}`;
    if (saveCurrentView(controller, flow, trimmed)) setName('');
  };
  const rename = (view: MapView, next: string) => {
    setRenaming(null);
    if (next.trim() && next.trim() !== view.name) controller.dispatch({ type: 'editViews', args: { type: 'update', id: view.id, changes: { name: next.trim() } } });
  };

  return (
    <ToolbarPopover label={<span className="views__toolbar-label">{activeIndex >= 0 ? `Views (${activeIndex + 1}/${views.length})` : 'Views'}</span>} title="Saved views">
      {() => (
        <>
          <form
            className="views__save"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <label className="field" htmlFor={nameId}>
              <span className="field__label">Name of the new view</span>
              <input id={nameId} type="text" value={name} placeholder={`View ${views.length + 1}`} maxLength={200} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit" className="button button--primary">
              Save the current view
            </button>
          </form>
          {views.length > 0 && (
            <>
              <div className="views__step">
                <button type="button" className="button" onClick={() => stepView(controller, flow, -1)} disabled={activeIndex === 0} aria-label="Previous view">
                  ← Previous
                </button>
                <span className="views__position">{position}</span>
                <button type="button" className="button" onClick={() => stepView(controller, flow, 1)} disabled={activeIndex === views.length - 1} aria-label="Next view">
                  Next →
                </button>
              </div>
              <ol className="views__list" aria-label="Saved views">
                {views.map((view, i) => (
                  <li key={view.id} className={`views__item${view.id === activeId ? ' is-active' : ''}`}>
                    {renaming === view.id ? (
                      <input
                        type="text"
                        className="views__rename"
                        aria-label={`New name for ${view.name}`}
                        defaultValue={view.name}
                        maxLength={200}
                        autoFocus
                        onBlur={(e) => rename(view, e.target.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') rename(view, e.currentTarget.value);
                          if (e.key === 'Escape') {
                            e.preventDefault();
                            setRenaming(null);
                          }
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="views__show"
                        aria-current={view.id === activeId ? 'true' : undefined}
                        aria-label={`Show view ${view.name}`}
                        onClick={() => showView(controller, flow, view)}
                      >
                        <span className="views__number">{i + 1}</span> {view.name}
                      </button>
                    )}
                    <div className="views__actions" role="group" aria-label={`Change ${view.name}`}>
                      <button type="button" className="button button--quiet" aria-label={`Rename ${view.name}`} title="Rename" onClick={() => setRenaming(view.id)}>
                        Rename
                      </button>
                      <button type="button" className="button button--quiet" aria-label={`Update ${view.name} to what is on screen now`} title="Update to what is on screen now" onClick={() => updateView(controller, flow, view)}>
                        Update
                      </button>
                      <button type="button" className="button button--quiet" aria-label={`Move ${view.name} up`} title="Move up" disabled={i === 0} onClick={() => controller.dispatch({ type: 'editViews', args: { type: 'move', id: view.id, to: i - 1 } })}>
                        Up
                      </button>
                      <button type="button" className="button button--quiet" aria-label={`Move ${view.name} down`} title="Move down" disabled={i === views.length - 1} onClick={() => controller.dispatch({ type: 'editViews', args: { type: 'move', id: view.id, to: i + 1 } })}>
                        Down
                      </button>
                      <button type="button" className="button button--quiet" aria-label={`Delete ${view.name}`} title="Delete" onClick={() => controller.dispatch({ type: 'editViews', args: { type: 'remove', id: view.id } })}>
                        Delete
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
              <p className="views__hint">On the map, ← → or Page Up / Page Down step through the views.</p>
            </>
          )}
        </>
      )}
    </ToolbarPopover>
  );
}
