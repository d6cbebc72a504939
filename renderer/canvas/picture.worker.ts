import { applySceneChanges, type SceneNodeChanges } from './pictureChanges';
import { drawPicture, type PictureView } from './pictureDraw';
import type { PictureScene } from './pictureScene';

/**
 * The picture worker: draws the whole map for a camera on an OffscreenCanvas, off the page's
 * thread, and hands the bitmap back (transferred, not copied). Only the latest request is
 * drawn; one that is overtaken while queued is skipped.
 */
// Typed by hand: the WebWorker lib cannot be loaded alongside the DOM lib the rest uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PictureRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

export type PictureRequest = { type: 'scene'; scene: PictureScene } | { type: 'changes'; changes: SceneNodeChanges } | { type: 'draw'; id: number; view: PictureView };

let scene: PictureScene | null = null;
let pending: { id: number; view: PictureView } | null = null;
let scheduled = false;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'scene') scene = message.scene;
  else if (message.type === 'changes') {
    // Some nodes' entries, for the same nodes in the same order (pictureChanges.ts).
    if (scene) scene = applySceneChanges(scene, message.changes);
  } else pending = { id: message.id, view: message.view };
  if (!scheduled) {
    scheduled = true;
    // After the messages already queued, so a burst of camera moves is drawn once.
    setTimeout(drawLatest, 0);
  }
};

function drawLatest(): void {
  scheduled = false;
  if (!scene || !pending) return;
  const { id, view } = pending;
  pending = null;
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(view.width * view.ratio)), Math.max(1, Math.round(view.height * view.ratio)));
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  drawPicture(ctx, scene, view);
  const bitmap = canvas.transferToImageBitmap();
  scope.postMessage({ type: 'drawn', id, bitmap }, [bitmap]);
}
