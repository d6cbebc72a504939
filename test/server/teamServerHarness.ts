// Helpers for the team server's tests: a server in a fresh data folder on 127.0.0.1, real
// Hocuspocus providers over websockets, and waiting for a state rather than sleeping.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { startTeamServer, type RunningTeamServer, type TeamServerOptions } from '../../scripts/teamServer/teamServer';

export function tempDataFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'ghm-team-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function startTestServer(dataFolder: string, options: Partial<TeamServerOptions> = {}): Promise<RunningTeamServer> {
  return startTeamServer({ dataFolder, host: '127.0.0.1', port: 0, ...options });
}

export async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  authenticated: Promise<'read-write' | 'readonly'>;
  failed: Promise<string>;
  synced: Promise<void>;
  close(): void;
}

/** A provider on its own socket (which must be attached), reconnecting quickly. */
export function connectClient(url: string, mapId: string, token: string | null, doc = new Y.Doc()): TestClient {
  const socket = new HocuspocusProviderWebsocket({ url, delay: 50, minDelay: 50, maxDelay: 200, factor: 1.2, jitter: false, maxAttempts: 0 });
  let resolveAuth!: (scope: 'read-write' | 'readonly') => void;
  let resolveFailed!: (reason: string) => void;
  let resolveSynced!: () => void;
  const authenticated = new Promise<'read-write' | 'readonly'>((resolve) => (resolveAuth = resolve));
  const failed = new Promise<string>((resolve) => (resolveFailed = resolve));
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: mapId,
    document: doc,
    token,
    onAuthenticated: ({ scope }) => resolveAuth(scope),
    onAuthenticationFailed: ({ reason }) => resolveFailed(reason),
    onSynced: ({ state }) => state && resolveSynced(),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    authenticated,
    failed,
    synced,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Edits as records keyed by id, as the app's document does: a map of node maps. */
export function setField(doc: Y.Doc, nodeId: string, field: string, value: string): void {
  doc.transact(() => {
    const nodes = doc.getMap<Y.Map<string>>('nodes');
    let node = nodes.get(nodeId);
    if (!node) {
      node = new Y.Map<string>();
      nodes.set(nodeId, node);
    }
    node.set(field, value);
  });
}

export const fieldOf = (doc: Y.Doc, nodeId: string, field: string): string | undefined => doc.getMap<Y.Map<string>>('nodes').get(nodeId)?.get(field);
