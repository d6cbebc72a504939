import { useReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { EditorController } from '../state/editorController';
import type { CanvasNode, FlowEdge } from './flowElements';
import { fitMap } from './fitMap';

export interface FirstFit {
  /** The map has been fitted once: until then nothing is drawn or mounted for the camera. */
  readonly fitted: boolean;
  /** The same, read at once (before React renders again), for the picture. */
  readonly cameraFitted: () => boolean;
  /** Set by the picture to a function that asks for its drawing; called as the fit lands. */
  readonly drawPicture: MutableRefObject<(() => void) | null>;
  readonly onInit: (instance: ReactFlowInstance<CanvasNode, FlowEdge>) => void;
}

/**
 * The map is fitted to the pane once, as soon as React Flow can move its camera: in the effects
 * of the commit that mounts it (its pane and the panels over it are laid out by then), not in
 * onInit, a timer and a frame later, so the first picture is asked for in the same task that
 * opened the map. Nothing is drawn or mounted for the camera React Flow starts at, a frame
 * before the fit: a big map's first picture was drawn for it (a corner at full size, 150–250 ms
 * of a core), its DOM nodes and links began to mount there, and all was drawn again once fitted.
 */
export function useFirstFit(controller: EditorController, hasDoc: boolean): FirstFit {
  const flow = useReactFlow<CanvasNode, FlowEdge>();
  const flowStore = useStoreApi();
  const [fitted, setFitted] = useState(false);
  const fittedRef = useRef(false);
  const cameraFitted = useCallback(() => fittedRef.current, []);
  const drawPicture = useRef<(() => void) | null>(null);
  const fittedOnce = useRef(false);
  const fitFirst = useCallback(
    (instance: Parameters<typeof fitMap>[0]) => {
      if (fittedOnce.current) return;
      fittedOnce.current = true;
      void fitMap(instance, controller.state.doc, 0, { now: true }).finally(() => {
        fittedRef.current = true;
        // The picture's first drawing is asked for as the fit lands, so the worker draws while
        // this thread lays out the editor.
        drawPicture.current?.();
        setFitted(true);
      });
    },
    [controller],
  );
  useEffect(() => {
    if (hasDoc && flowStore.getState().panZoom) fitFirst(flow);
  }, [hasDoc, flowStore, flow, fitFirst]);
  const onInit = useCallback((instance: ReactFlowInstance<CanvasNode, FlowEdge>) => fitFirst(instance), [fitFirst]);
  return { fitted, cameraFitted, drawPicture, onInit };
}
