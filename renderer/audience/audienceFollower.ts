import { readAudienceMessage, type AudienceMessage, type Viewport } from '../../shared/workshop/audienceMessages';
import type { EditorController } from '../state/editorController';
import { Store } from '../state/store';
import type { MessagePort } from './audienceBroadcaster';

export interface AudienceTimer {
  readonly title: string;
  readonly minutes: number;
  readonly elapsedMs: number;
  readonly startedAt: number | null;
}

/** What the audience window shows besides the map. */
export interface AudienceStatus {
  readonly phase: 'waiting' | 'following' | 'closed';
  readonly mapName: string;
  readonly timer: AudienceTimer | null;
}

type Scene = Extract<AudienceMessage, { type: 'scene' }>;

/**
 * The audience window's side: opens the facilitator's map from the shared database, read-only,
 * draws it with their lens and emphasis and moves the camera where theirs is. The map follows
 * live as a second window does: its session takes each edit from the profile's map channel
 * (renderer/storage/mapChannel.ts, origin FROM_WINDOW) the moment it is made, without reading
 * the database again. Never edits: its controller is only ever read from.
 */
export class AudienceFollower {
  readonly status = new Store<AudienceStatus>({ phase: 'waiting', mapName: '', timer: null });
  private scene: Scene | null = null;
  private pendingViewport: Extract<AudienceMessage, { type: 'viewport' }> | null = null;
  private opening: Promise<void> | null = null;

  constructor(
    private readonly controller: EditorController,
    private readonly port: MessagePort,
    private readonly moveCamera: (viewport: Viewport, from: { width: number; height: number }) => void,
  ) {
    port.addEventListener('message', this.onMessage);
    port.postMessage({ type: 'hello' } satisfies AudienceMessage);
  }

  dispose(): void {
    this.port.removeEventListener('message', this.onMessage);
    this.port.close();
  }

  /** The canvas is ready (or was resized): put the camera where the facilitator's is. */
  cameraReady(): void {
    if (this.pendingViewport) this.moveCamera(this.pendingViewport.viewport, this.pendingViewport.size);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const message = readAudienceMessage(event.data);
    if (message) void this.handle(message);
  };

  private async handle(message: AudienceMessage): Promise<void> {
    switch (message.type) {
      case 'scene':
        this.scene = message;
        this.status.set({ phase: 'following', mapName: message.mapName });
        if (this.controller.state.doc?.meta.id !== message.mapId) await this.open();
        this.applyScene();
        return;
      case 'viewport':
        this.pendingViewport = message;
        if (this.controller.state.doc?.meta.id === message.mapId) this.moveCamera(message.viewport, message.size);
        return;
      case 'timer':
        this.status.set({ timer: message.shown ? { title: message.title, minutes: message.minutes, elapsedMs: message.elapsedMs, startedAt: message.startedAt } : null });
        return;
      case 'closed':
        this.scene = null;
        this.status.set({ phase: 'closed', timer: null });
        return;
      case 'hello':
        return;
    }
  }

  /** Opens the scene's map read-only; scenes arriving meanwhile open the latest one once this is done. */
  private open(): Promise<void> {
    this.opening ??= (async () => {
      let mapId = this.scene?.mapId;
      while (mapId && this.controller.state.doc?.meta.id !== mapId) {
        await this.controller.openMap(mapId);
        // From here on the session follows the facilitator's edits by itself.
        this.controller.setReadOnly(true);
        if (this.controller.state.doc?.meta.id !== mapId) break;
        mapId = this.scene?.mapId;
      }
    })().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  private applyScene(): void {
    const scene = this.scene;
    const doc = this.controller.state.doc;
    if (!scene || doc?.meta.id !== scene.mapId) return;
    const emphasis = scene.emphasis
      ? { nodeIds: new Set(scene.emphasis.nodeIds), linkIds: new Set(scene.emphasis.linkIds), label: scene.emphasis.label, source: 'view' as const }
      : null;
    this.controller.store.set({ lens: scene.lens, emphasis });
    this.cameraReady();
  }
}

