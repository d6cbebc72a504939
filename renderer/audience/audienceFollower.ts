import type { MapDocument } from '../../shared/editing';
import { readAudienceMessage, type AudienceMessage, type Viewport } from '../../shared/workshop/audienceMessages';
import { reuseUnchanged } from '../../shared/workshop/reuseUnchanged';
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
 * The audience window's side: opens the facilitator's map from the shared database, draws it
 * with their lens and emphasis, moves the camera where theirs is, and reads the records again
 * whenever they are saved. Never edits: its controller is only ever read from.
 */
export class AudienceFollower {
  readonly status = new Store<AudienceStatus>({ phase: 'waiting', mapName: '', timer: null });
  private scene: Scene | null = null;
  private pendingViewport: Extract<AudienceMessage, { type: 'viewport' }> | null = null;
  private loading: Promise<void> | null = null;
  private reloadAgain = false;

  constructor(
    private readonly controller: EditorController,
    private readonly port: MessagePort,
    private readonly moveCamera: (viewport: Viewport, from: { width: number; height: number }) => void,
    /** Reads a map from the shared database; without it the map is opened afresh each time. */
    private readonly read?: (mapId: string) => Promise<MapDocument>,
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
        if (this.controller.state.doc?.meta.id !== message.mapId) await this.reload();
        this.applyScene();
        return;
      case 'viewport':
        this.pendingViewport = message;
        if (this.controller.state.doc?.meta.id === message.mapId) this.moveCamera(message.viewport, message.size);
        return;
      case 'mapChanged':
        if (this.scene?.mapId === message.mapId) await this.reload();
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

  /** Reads the map again; edits arriving during a read cause one more read, not one each. */
  private reload(): Promise<void> {
    if (this.loading) {
      this.reloadAgain = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.reloadAgain = false;
        const mapId = this.scene?.mapId;
        if (!mapId) break;
        const current = this.controller.state.doc;
        if (this.read && current?.meta.id === mapId) {
          try {
            this.controller.store.set({ doc: reuseUnchanged(current, await this.read(mapId)) });
          } catch {
            await this.controller.openMap(mapId);
          }
        } else {
          await this.controller.openMap(mapId);
        }
        this.applyScene();
      } while (this.reloadAgain);
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
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

