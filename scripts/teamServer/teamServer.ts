// The team server: Hocuspocus with access keys, SQLite storage in a data folder, bounded
// messages, and Redis when several processes share the maps.
import { Server, type Extension } from '@hocuspocus/server';
import type { DatabaseSync } from 'node:sqlite';
import type { Duplex } from 'node:stream';
import { TEAM_SERVER_LIMITS } from '../../shared/sync/teamServerLimits';
import { AccessControl, type AccessControlOptions } from './accessControl';
import { AccessKeyStore } from './accessKeyStore';
import { httpApi } from './httpApi';
import { SqliteDocumentStore, type DocumentStoreOptions } from './sqliteDocumentStore';
import { RedisWithDepartures } from './redisWithDepartures';
import { openTeamDatabase } from './teamDatabase';

export interface TeamServerOptions extends AccessControlOptions, DocumentStoreOptions {
  dataFolder: string;
  host: string;
  /** 0 for any free port. */
  port: number;
  /** redis://host:port — several processes then share documents. */
  redisUrl?: string;
  maxMessageBytes?: number;
  /** Milliseconds of quiet before a map is stored (compacted); stores happen at least every maxDebounce. */
  debounce?: number;
  maxDebounce?: number;
  /** A name for this process in Redis and logs. */
  name?: string;
}

export interface RunningTeamServer {
  /** ws://host:port */
  url: string;
  httpUrl: string;
  port: number;
  keys: AccessKeyStore;
  server: Server;
  /** Set only on the first start: the new administrator key, shown once. */
  newAdminKey: string | null;
  stop(): Promise<void>;
}

function redisExtension(redisUrl: string, name: string | undefined): Extension {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${url.protocol}//.`);
  return new RedisWithDepartures({
    host: url.hostname,
    port: Number(url.port || 6379),
    options: {
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      maxRetriesPerRequest: null,
    },
    ...(name ? { identifier: name } : {}),
    prefix: 'good-help-map',
  });
}

export async function startTeamServer(options: TeamServerOptions): Promise<RunningTeamServer> {
  const db: DatabaseSync = openTeamDatabase(options.dataFolder);
  const keys = new AccessKeyStore(db);
  const newAdminKey = keys.hasAdminKey() ? null : keys.replaceAdminKey();
  const extensions: Extension[] = [
    new AccessControl(keys, options),
    new SqliteDocumentStore(db, options),
    { onRequest: httpApi(keys) } as Extension,
  ];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl, options.name));
  const server = new Server({
    name: options.name ?? 'good-help-map',
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 5_000,
    maxDebounce: options.maxDebounce ?? 60_000,
    websocketOptions: { maxPayload: options.maxMessageBytes ?? TEAM_SERVER_LIMITS.maxMessageBytes },
    extensions,
  });
  // destroy() closes each map's connection but leaves the websocket itself open; a server that
  // stops must drop them, or clients keep talking to it and never reconnect.
  const sockets = new Set<Duplex>();
  server.httpServer.on('upgrade', (_request, socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  try {
    await server.listen();
  } catch (error) {
    db.close();
    throw error;
  }
  const { port } = server.address;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  let stopping: Promise<void> | null = null;
  return {
    url: `ws://${hostInUrl}:${port}`,
    httpUrl: `http://${hostInUrl}:${port}`,
    port,
    keys,
    server,
    newAdminKey,
    stop: () =>
      (stopping ??= (async () => {
        // destroy() closes every connection, runs pending stores, and waits for maps to unload.
        await server.destroy();
        for (const socket of sockets) socket.destroy();
        db.close();
      })()),
  };
}
