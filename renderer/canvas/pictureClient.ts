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
  private started: Worker | null = null;
  private disposed = false;
  private nextId = 1;
  private readonly views = new Map<number, PictureView>();
  private scene: PictureScene | null = null;
  private shown = 0;
  /** The last drawing asked for, until its answer comes: the same one asked for again is not drawn twice. */
  private awaited: { id: number; view: PictureView } | null = null;

  constructor(private readonly onDrawn: (picture: DrawnPicture) => void) {}

  /**
   * Its worker, started when it is first asked for something: the minimap's, mounted with the
   * map but asked for nothing until the map is drawn, would otherwise load and compile its
   * script (about 100 ms of a core) while the first picture is being drawn.
   */
  private get worker(): Worker | null {
    if (!canDraw || this.disposed) return null;
    if (!this.started) {
      this.started = takeWorker();
      if (this.started) this.started.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    }
    return this.started;
  }

  setScene(scene: PictureScene): void {
    const previous = this.scene;
    this.scene = scene;
    if (previous === scene) return;
    // A few nodes moved or renamed: the worker is sent their entries, not the whole map again.
    const changes = previous ? sceneChanges(previous, scene) : null;
    if (changes && !changes.at.length && !changes.notes) return;
    this.awaited = null;
    this.post(changes ? { type: 'changes', changes } : { type: 'scene', scene });
  }

  draw(view: PictureView): void {
    if (this.disposed) return;
    // Asked again in the same frame (a fit's end and the picture being switched on, at a big
    // map's opening): a second drawing of a whole map, and a second bitmap for the page to take.
    if (this.awaited && sameView(this.awaited.view, view)) return;
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
    this.awaited = { id, view };
    this.post({ type: 'draw', id, view });
  }

  dispose(): void {
    this.disposed = true;
    this.started?.terminate();
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
    if (this.awaited && this.awaited.id <= id) this.awaited = null;
    for (const key of this.views.keys()) if (key <= id) this.views.delete(key);
    if (!view || id < this.shown) {
      bitmap.close();
      return;
    }
    this.shown = id;
    this.onDrawn({ view, bitmap });
  }
}

function sameView(a: PictureView, b: PictureView): boolean {
  return (
    a.camera.every((v, i) => v === b.camera[i]) && a.width === b.width && a.height === b.height && a.margin === b.margin && a.ratio === b.ratio && a.labels === b.labels
  );
}
