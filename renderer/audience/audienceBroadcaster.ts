import { readAudienceMessage, type AudienceMessage } from '../../shared/workshop/audienceMessages';
import type { AppState } from '../state/appState';
import type { EditorController } from '../state/editorController';
import type { Store } from '../state/store';
import type { WorkshopState } from '../workshop/workshopStore';

/** The part of BroadcastChannel used here, so tests can pass a fake. */
export interface MessagePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface CameraReading {
  readonly viewport: { x: number; y: number; zoom: number };
  readonly size: { width: number; height: number };
}

/**
 * The facilitator's side of the audience window: tells any audience what map is open, how it
 * is drawn (lens, emphasis), where the camera is and the timer. The map's records reach the
 * audience the way they reach any other window on the map: its session follows the map's
 * document over the profile's map channel (renderer/storage/mapChannel.ts).
 */
export class AudienceBroadcaster {
  private lastScene: AppState | null = null;
  private lastWorkshopOn = false;
  private lastTimer: WorkshopState['timer'] | null = null;
  private lastTimerShown = false;
  private frame: number | null = null;
  private readonly unsubscribe: () => void;
  private readonly unsubscribeWorkshop: () => void;

  constructor(
    private readonly controller: EditorController,
    private readonly workshop: Store<WorkshopState>,
    private readonly port: MessagePort,
    private readonly camera: () => CameraReading | null,
  ) {
    this.port.addEventListener('message', this.onMessage);
    this.unsubscribe = controller.store.subscribe(() => this.update());
    this.unsubscribeWorkshop = workshop.subscribe(() => this.update());
    this.update();
  }

  dispose(): void {
    this.unsubscribe();
    this.unsubscribeWorkshop();
    this.port.removeEventListener('message', this.onMessage);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.post({ type: 'closed' });
    this.port.close();
  }

  /** The camera moved; sent once a frame at most. */
  cameraMoved(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.sendViewport();
    });
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const message = readAudienceMessage(event.data);
    if (message?.type !== 'hello') return;
    this.sendScene();
    this.sendViewport();
    this.sendTimer();
  };

  private update(): void {
    const state = this.controller.state;
    const on = this.workshop.get().on;
    const last = this.lastScene;
    if (!last || last.doc?.meta.id !== state.doc?.meta.id || last.doc?.meta.name !== state.doc?.meta.name || last.lens !== state.lens || last.emphasis !== state.emphasis || on !== this.lastWorkshopOn) {
      if (last?.doc && !state.doc) this.post({ type: 'closed' });
      this.lastScene = state;
      this.lastWorkshopOn = on;
      this.sendScene();
    }
    const { timer } = this.workshop.get();
    if (timer !== this.lastTimer || on !== this.lastTimerShown) {
      this.lastTimer = timer;
      this.lastTimerShown = on;
      this.sendTimer();
    }
  }

  private sendScene(): void {
    const { doc, lens, emphasis } = this.controller.state;
    if (!doc) return;
    this.post({
      type: 'scene',
      mapId: doc.meta.id,
      mapName: doc.meta.name,
      lens,
      emphasis: emphasis ? { nodeIds: [...emphasis.nodeIds], linkIds: [...emphasis.linkIds], label: emphasis.label } : null,
      workshop: this.workshop.get().on,
    });
  }

  private sendViewport(): void {
    const doc = this.controller.state.doc;
    const reading = this.camera();
    if (!doc || !reading || reading.size.width <= 0 || reading.size.height <= 0) return;
    this.post({ type: 'viewport', mapId: doc.meta.id, viewport: reading.viewport, size: reading.size });
  }

  private sendTimer(): void {
    const { on, timer } = this.workshop.get();
    const item = timer.items[timer.current]!;
    this.post({ type: 'timer', shown: on, title: item.title, minutes: item.minutes, elapsedMs: timer.elapsedMs, startedAt: timer.startedAt });
  }

  private post(message: AudienceMessage): void {
    this.port.postMessage(message);
  }
}
