import { z } from 'zod';
import { sceneChanges } from './pictureChanges';
import { drawPicture, type PictureView } from './pictureDraw';
import type { PictureScene } from './pictureScene';
import type { PictureRequest } from './picture.worker';

const drawnSchema = z.object({ type: z.literal('drawn'), id: z.number().int(), bitmap: z.custom<ImageBitmap>((v) => typeof ImageBitmap !== 'undefined' && v instanceof ImageBitmap) });

export interface DrawnPicture {
  readonly view: PictureView;
  readonly bitmap: ImageBitmap | HTMLCanvasElement;
}

const canDraw = typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';
const startWorker = () => new Worker(new URL('./picture.worker.ts', import.meta.url), { type: 'module', name: 'Map picture' });
/**
 * One worker started as the app loads, for the first map opened: starting one (loading and
 * compiling its script) took about 150 ms of a big map's first draw when it waited for the map.
 */
let ready: Worker | null = canDraw ? startWorker() : null;

function takeWorker(): Worker | null {
  if (!canDraw) return null;
  const worker = ready ?? startWorker();
  ready = null;
  return worker;
}

/**
 * Asks the picture worker for drawings of the map. The newest request wins: each answer says
 * which request it was for, and answers to older requests than one already shown are dropped.
 * Where OffscreenCanvas is missing, it draws on this thread instead (slower, same picture).
 */
export class PictureClient {
  private readonly worker: Worker | null;
  private nextId = 1;
  private readonly views = new Map<number, PictureView>();
  private scene: PictureScene | null = null;
  private shown = 0;

  constructor(private readonly onDrawn: (picture: DrawnPicture) => void) {
    this.worker = takeWorker();
    if (this.worker) this.worker.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
  }

  setScene(scene: PictureScene): void {
    const previous = this.scene;
    this.scene = scene;
    if (previous === scene) return;
    // A few nodes moved or renamed: the worker is sent their entries, not the whole map again.
    const changes = previous ? sceneChanges(previous, scene) : null;
    if (changes && !changes.at.length && !changes.notes) return;
    this.post(changes ? { type: 'changes', changes } : { type: 'scene', scene });
  }

  draw(view: PictureView): void {
    const id = this.nextId++;
    if (!this.worker) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(view.width * view.ratio);
      canvas.height = Math.round(view.height * view.ratio);
      const ctx = canvas.getContext('2d');
      if (ctx && this.scene) drawPicture(ctx, this.scene, view);
      this.onDrawn({ view, bitmap: canvas });
      return;
    }
    this.views.set(id, view);
    this.post({ type: 'draw', id, view });
  }

  dispose(): void {
    this.worker?.terminate();
  }

  private post(message: PictureRequest): void {
    // The scene is copied, not transferred: the page keeps it for hit tests and later requests.
    this.worker?.postMessage(message);
  }

  private receive(data: unknown): void {
    const parsed = drawnSchema.safeParse(data);
    if (!parsed.success) return;
    const { id, bitmap } = parsed.data;
    const view = this.views.get(id);
    for (const key of this.views.keys()) if (key <= id) this.views.delete(key);
    if (!view || id < this.shown) {
      bitmap.close();
      return;
    }
    this.shown = id;
    this.onDrawn({ view, bitmap });
  }
}
