/**
 * Carries a map's document updates between the windows and tabs of this browser profile (and
 * the desktop app's windows, the audience window among them), so windows on one map stay in
 * step: each update is posted the moment it is made, before it reaches the disk. Every window
 * also stores what it receives, so an update is on disk as long as any window that saw it is
 * still open.
 *
 * A window that has just read the map from the database asks the others for what it lacks
 * (its Yjs state vector): an edit made in another window after that read but before this
 * window was listening would otherwise reach it only when the map is next opened.
 */
export interface MapChannel {
  post(update: Uint8Array): void;
  /** Asks the other windows on this map for every update missing from `stateVector`. */
  requestMissing(stateVector: Uint8Array): void;
  close(): void;
}

export interface MapChannelHandlers {
  readonly onUpdate: (update: Uint8Array) => void;
  /** Another window asks for what it lacks: return the update it is missing, or null if none. */
  readonly onMissingRequested: (stateVector: Uint8Array) => Uint8Array | null;
}

const PREFIX = 'good-help-map.map.';

interface MissingRequest {
  readonly type: 'missing';
  readonly stateVector: Uint8Array;
}

function isMissingRequest(data: unknown): data is MissingRequest {
  return typeof data === 'object' && data !== null && (data as MissingRequest).type === 'missing' && (data as MissingRequest).stateVector instanceof Uint8Array;
}

export function openMapChannel(mapId: string, handlers: MapChannelHandlers): MapChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, requestMissing: () => {}, close: () => {} };
  const channel = new BroadcastChannel(PREFIX + mapId);
  channel.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (data instanceof Uint8Array) handlers.onUpdate(data);
    else if (isMissingRequest(data)) {
      const reply = handlers.onMissingRequested(data.stateVector);
      if (reply) channel.postMessage(reply);
    }
  };
  return {
    post: (update) => channel.postMessage(update),
    requestMissing: (stateVector) => channel.postMessage({ type: 'missing', stateVector } satisfies MissingRequest),
    close: () => channel.close(),
  };
}

/** Tells windows with the map open about a change made without opening it (a rename from the list). */
export function postToMap(mapId: string, update: Uint8Array): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(PREFIX + mapId);
  channel.postMessage(update);
  channel.close();
}
