import type { ReactFlowInstance } from '@xyflow/react';
import { newId, type MapView } from '../../shared/model';
import { fitMap } from '../canvas/fitMap';
import { clearEmphasis, emphasise } from '../state/emphasis';
import type { EditorController } from '../state/editorController';

/** Long enough to see where the camera goes, short enough not to keep a room waiting. */
export const VIEW_TRANSITION_MS = 700;

type Flow = Pick<ReactFlowInstance, 'getViewport' | 'setViewport' | 'fitBounds'>;

/** Saves the lens, the focus and the camera as a new view at the end of the list. */
export function saveCurrentView(controller: EditorController, flow: Flow, name: string): boolean {
  const { lens, emphasis } = controller.state;
  const id = newId();
  const ok = controller.dispatch({
    type: 'editViews',
    args: {
      type: 'add',
      view: {
        id,
        name,
        lens,
        focus: emphasis ? { nodeIds: [...emphasis.nodeIds], label: emphasis.label } : null,
        viewport: flow.getViewport(),
      },
    },
  });
  if (ok) controller.store.set({ activeViewId: id });
  return ok;
}

/** Replaces a saved view's lens, focus and camera with what is on screen now. */
export function updateView(controller: EditorController, flow: Flow, view: MapView): boolean {
  const { lens, emphasis } = controller.state;
  return controller.dispatch({
    type: 'editViews',
    args: {
      type: 'update',
      id: view.id,
      changes: { lens, focus: emphasis ? { nodeIds: [...emphasis.nodeIds], label: emphasis.label } : null, viewport: flow.getViewport() },
    },
  });
}

/** Shows a saved view: its lens and focus at once, the camera gliding there. */
export function showView(controller: EditorController, flow: Flow, view: MapView): void {
  const doc = controller.state.doc;
  if (!doc) return;
  controller.store.set({ lens: view.lens, activeViewId: view.id });
  const nodeIds = view.focus ? view.focus.nodeIds.filter((id) => doc.nodes[id]) : [];
  if (view.focus && nodeIds.length) {
    emphasise(controller, { nodeIds: new Set(nodeIds), linkIds: new Set(), label: view.focus.label || view.name, source: 'view' });
  } else {
    clearEmphasis(controller);
  }
  if (view.viewport) void flow.setViewport(view.viewport, { duration: VIEW_TRANSITION_MS });
  else fitMap(flow, doc, VIEW_TRANSITION_MS);
}

/** Steps to the next (+1) or previous (−1) saved view, like the slides of a talk. */
export function stepView(controller: EditorController, flow: Flow, step: 1 | -1): void {
  const views = controller.state.doc?.meta.views ?? [];
  if (views.length === 0) {
    controller.notify('info', 'There are no saved views on this map yet. Save one from the Views menu.');
    return;
  }
  const current = views.findIndex((v) => v.id === controller.state.activeViewId);
  const next = current < 0 ? (step === 1 ? 0 : views.length - 1) : current + step;
  if (next < 0 || next >= views.length) {
    controller.notify('info', next < 0 ? 'This is the first view.' : 'This is the last view.');
    return;
  }
  showView(controller, flow, views[next]!);
}
