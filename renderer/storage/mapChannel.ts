/**
 * Carries a map's document updates between the windows and tabs of this browser profile (and
 * the desktop app's windows), so two windows on one map stay in step: each update is posted
 * the moment it is made, before it reaches the disk. Every window also stores what it
 * receives, so an update is on disk as long as any window that saw it is still open.
 */
export interface MapChannel {
  post(update: Uint8Array): void;
  close(): void;
}

const PREFIX = 'good-help-map.map.';

export function openMapChannel(mapId: string, onUpdate: (update: Uint8Array) => void): MapChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(PREFIX + mapId);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data instanceof Uint8Array) onUpdate(event.data);
  };
  return {
    post: (update) => channel.postMessage(update),
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
