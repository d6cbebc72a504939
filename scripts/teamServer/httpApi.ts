// The server's small HTTP API, beside the websocket on the same port:
//   GET  /health    → 200 "ok" (for a load balancer or a monitoring check)
//   POST /api/maps  → a new shared map with its edit and view keys, for an admin or team key
// Bodies are bounded and validated; the browser edition of the app calls this across origins,
// so CORS allows any origin but only with a bearer key (no cookies are ever used).
import type { onRequestPayload } from '@hocuspocus/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSharedMapRequestSchema, TEAM_SERVER_LIMITS, type CreateSharedMapResponse } from '../../shared/sync/teamServerLimits';
import { MapLimitReached, type AccessKeyStore } from './accessKeyStore';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function createMap(keys: AccessKeyStore, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  const creator = keys.find(bearer);
  if (!creator || (creator.kind !== 'admin' && creator.kind !== 'team')) {
    send(response, 401, { error: 'The server did not accept that access key. Check it with whoever runs your team’s server.' });
    return;
  }
  let text: string;
  try {
    text = await readBody(request, TEAM_SERVER_LIMITS.maxRequestBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) return send(response, 413, { error: 'That request is too large.' });
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return send(response, 400, { error: 'The request was not JSON.' });
  }
  const parsed = createSharedMapRequestSchema.safeParse(json);
  if (!parsed.success) return send(response, 400, { error: 'The request needs the map’s name, and nothing else.' });
  try {
    const made: CreateSharedMapResponse = keys.createMap(creator, parsed.data.name);
    send(response, 201, made);
  } catch (error) {
    if (error instanceof MapLimitReached) return send(response, 403, { error: error.message });
    throw error;
  }
}

/** An `onRequest` hook. Throwing `null` tells Hocuspocus the response has been handled. */
export function httpApi(keys: AccessKeyStore) {
  return async ({ request, response }: onRequestPayload): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://server').pathname;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
    } else if (path === '/health' && request.method === 'GET') {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end('ok');
    } else if (path === '/api/maps' && request.method === 'POST') {
      try {
        await createMap(keys, request, response);
      } catch (error) {
        console.error('Creating a shared map failed:', error);
        if (!response.headersSent) send(response, 500, { error: 'The server could not create the map. Its administrator can see why in its log.' });
      }
    } else {
      send(response, 404, { error: 'Nothing here. This is a Good Help Map team server: open it from the app.' });
    }
    throw null;
  };
}
