import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type MutableRefObject } from 'react';
import type { PictureLabelStyle, PictureView } from './pictureDraw';
import { PictureClient, type DrawnPicture } from './pictureClient';
import type { PictureScene } from './pictureScene';
import { whenIdle } from './whenIdle';
import './picture.css';

/**
 * The bitmap reaches this share of the screen beyond each edge, so a pan shows no blank edge;
 * panned or zoomed past it, it is drawn again mid-gesture. At half the screen each way (four
 * times the screen's pixels), each drawing handed to the compositor without a GPU was copied in
 * the frame that showed it (25–80 ms at half speed): the switch's and the wheel's long tasks.
 * At 0.3 it still covers a zoom to 0.8 of it, when it is drawn again anyway.
 */
const MARGIN = 0.3;
/** A camera still for this long (outside a gesture: a fit, a zoom by the buttons) is redrawn sharp. */
const IDLE_MS = 120;

interface Props {
  readonly scene: PictureScene;
  /** Kept drawn for the camera (in the worker, at rest); when false, nothing is drawn. */
  readonly active: boolean;
  /** On screen: the map is the picture, or a pan or zoom is moving DOM nodes that the picture stands in for. */
  readonly visible: boolean;
  readonly labels: PictureLabelStyle;
  /** A pan or zoom is under way: the bitmap is only moved, and drawn again when it ends or no longer covers the screen. */
  readonly moving: boolean;
  /** Set as a pan or zoom starts, before `moving` is rendered (useCameraMoving.ts). */
  readonly movingNow: { readonly current: boolean };
  /** Told when the picture for the current camera is on screen (the DOM nodes may then go). */
  readonly onShown: () => void;
  /** False until the map is fitted: nothing is drawn for the camera React Flow starts at. */
  readonly cameraReady: () => boolean;
  /** Set to a function that asks for a drawing for the camera now (called once the fit lands). */
  readonly drawNow: MutableRefObject<(() => void) | null>;
  /**
   * The DOM nodes are being mounted to take over from the picture at rest: a drawing asked for
   * now waits until they are all there and the page is idle. It would only be shown for the
   * next gesture, and drawing it took a core of a two-core laptop from the mounting (the slices'
   * frames waited on the compositor while the picture's worker, the links' worker and the
   * tiles of the new nodes shared the other).
   */
  readonly held: boolean;
}

/**
 * The map as one picture, for when more nodes are on screen than the DOM can move at 60 frames
 * a second, and on a big map for the length of a pan or zoom at any zoom (moving even a hundred
 * DOM nodes and their links repaints the whole screen every frame on a laptop without a GPU). A bitmap larger than the screen is drawn in a worker (picture.worker.ts); during a
 * pan or zoom it is only moved and scaled by a CSS transform (the compositor's job, no
 * drawing), and once the camera rests — or has moved past what the bitmap covers — it is drawn
 * again, sharp, for the new camera.
 */
export function MapPicture({ scene, active, visible, labels, moving, movingNow, onShown, cameraReady, drawNow, held }: Props) {
  const store = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<PictureView | null>(null);
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;
  const clientRef = useRef<PictureClient | null>(null);
  const requestRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const client = new PictureClient((picture) => show(picture));
    clientRef.current = client;
    const show = (picture: DrawnPicture) => {
      const canvas = canvasRef.current;
      const { view, bitmap } = picture;
      // A drawing that arrives after the DOM nodes have taken over again is not shown.
      if (!canvas || !activeRef.current) {
        if (bitmap instanceof ImageBitmap) bitmap.close();
        return;
      }
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.style.width = `${view.width}px`;
      canvas.style.height = `${view.height}px`;
      const renderer = canvas.getContext('bitmaprenderer');
      if (renderer && bitmap instanceof ImageBitmap) renderer.transferFromImageBitmap(bitmap);
      drawn.current = view;
      follow();
      // A data attribute, not a class: React owns the class list and would drop it.
      canvas.dataset.drawn = '';
      onShownRef.current();
    };
    /** Moves the bitmap to where the camera now is, relative to the camera it was drawn for. */
    const follow = () => {
      const canvas = canvasRef.current;
      const view = drawn.current;
      if (!canvas || !view) return;
      const [tx, ty, zoom] = store.getState().transform;
      const k = zoom / view.camera[2];
      const x = tx - (view.margin + view.camera[0]) * k;
      const y = ty - (view.margin + view.camera[1]) * k;
      canvas.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
    };
    let idle: ReturnType<typeof setTimeout> | undefined;
    const request = () => {
      const { transform, width, height } = store.getState();
      // Not kept drawn (the DOM nodes are the map), or the camera not fitted yet: nothing to draw.
      if (!width || !height || !activeRef.current || !cameraReadyRef.current()) return;
      // Held only once there is a drawing to stand in for the DOM nodes while they mount.
      if (heldRef.current && drawn.current) {
        heldBack.current = true;
        return;
      }
      const margin = Math.round(Math.max(width, height) * MARGIN);
      asked.current = [...transform];
      client.draw({
        camera: [...transform],
        width: width + 2 * margin,
        height: height + 2 * margin,
        margin,
        ratio: Math.min(2, window.devicePixelRatio || 1),
        labels: labelsRef.current,
      });
    };
    requestRef.current = request;
    drawNowRef.current.current = request;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform === previous.transform || !activeRef.current || !cameraReadyRef.current()) return;
      follow();
      clearTimeout(idle);
      // Mid-gesture pauses are not waited out: a drawing started then competes with the gesture
      // for the CPU (two cores on a council laptop), and the gesture's end draws anyway.
      if (!movingNow.current) idle = setTimeout(request, IDLE_MS);
      // Zoomed or panned past what the bitmap holds: draw again now rather than at rest.
      const view = drawn.current;
      if (view && !covers(view, state.transform, state.width, state.height)) request();
    });
    return () => {
      unsubscribe();
      clearTimeout(idle);
      if (drawNowRef.current.current === request) drawNowRef.current.current = null;
      client.dispose();
      clientRef.current = null;
    };
  }, [store, movingNow]);

  const activeRef = useRef(active);
  activeRef.current = active;
  const cameraReadyRef = useRef(cameraReady);
  cameraReadyRef.current = cameraReady;
  const drawNowRef = useRef(drawNow);
  drawNowRef.current = drawNow;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const heldRef = useRef(held);
  heldRef.current = held;
  // A drawing was asked for while held: it is drawn once the hold ends and the page is idle.
  const heldBack = useRef(false);
  useEffect(() => {
    if (held || !heldBack.current) return;
    return whenIdle(() => {
      heldBack.current = false;
      requestRef.current();
    });
  }, [held]);

  // A gesture that ends is drawn for where it came to rest, unless that is what was last asked
  // for (a fit asks for its drawing as it lands, then ends its move).
  const asked = useRef<number[] | null>(null);
  useEffect(() => {
    if (moving || !activeRef.current) return;
    const last = asked.current;
    const { transform } = store.getState();
    if (!last || last.some((v, i) => v !== transform[i])) requestRef.current();
  }, [moving, store]);

  useEffect(() => {
    clientRef.current?.setScene(scene);
    if (active) requestRef.current();
  }, [scene, active, labels]);

  useEffect(() => {
    if (!active) delete canvasRef.current?.dataset.drawn;
  }, [active]);

  // Shown again (the map became the picture, or a gesture began): the drawing kept at rest is on
  // screen at once, and drawn again only if it no longer covers the camera. Drawn again as each
  // gesture began, it took a core (140 ms of one, without a GPU) from the gesture's first frames.
  useEffect(() => {
    if (!visible) return;
    const view = drawn.current;
    if (view && canvasRef.current?.dataset.drawn !== undefined) onShownRef.current();
    const { transform, width, height } = store.getState();
    if (!view || !covers(view, transform, width, height)) requestRef.current();
  }, [visible, store]);

  return <canvas ref={canvasRef} className={`map-picture${visible ? ' is-visible' : ''}`} aria-hidden="true" />;
}

/** Whether a drawn bitmap still covers the screen at this camera, without blurring much. */
function covers(view: PictureView, [tx, ty, zoom]: readonly [number, number, number], width: number, height: number): boolean {
  const k = zoom / view.camera[2];
  if (k < 0.8 || k > 1.6) return false;
  const x = tx - (view.margin + view.camera[0]) * k;
  const y = ty - (view.margin + view.camera[1]) * k;
  return x <= 0 && y <= 0 && x + view.width * k >= width && y + view.height * k >= height;
}
