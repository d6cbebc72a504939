import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ORUK_FIXTURES } from './orukHelpers';

export type FeedMode = 'normal' | 'malformedPage' | 'endless' | 'ignoresPage' | 'noOrganizations' | 'slow' | 'trickle';

export interface FeedServer {
  readonly url: string;
  /** Every path asked for, in order. */
  readonly requests: string[];
  mode: FeedMode;
  /** Replaces a fixture's text (to simulate the directory changing between runs). */
  edit: (change: (text: string) => string) => void;
  close(): Promise<void>;
}

/**
 * A stand-in for a council's ORUK 3.0 API on 127.0.0.1 (a free port), serving the fixture
 * pages in test/fixtures/oruk3/feed under /api, and misbehaving on request: a page that is
 * not ORUK, a feed that never ends, one that ignores the page number, one that is slow.
 */
export async function startFeedServer(): Promise<FeedServer> {
  let change: (text: string) => string = (t) => t;
  const requests: string[] = [];
  const state = { mode: 'normal' as FeedMode };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const page = Number(url.searchParams.get('page') ?? '1');
    const list = /^\/api\/(services|organizations|service_at_locations)$/.exec(url.pathname)?.[1];
    const serviceId = /^\/api\/services\/([\w-]+)$/.exec(url.pathname)?.[1];
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (serviceId && state.mode !== 'slow' && state.mode !== 'trickle') {
      try {
        return send(200, readFixture(join('services', `${serviceId}.json`), change));
      } catch {
        return send(404, '{"error":"no such service"}');
      }
    }
    if (!list) return send(404, '{"error":"not found"}');
    if (state.mode === 'slow') return void setTimeout(() => send(200, endlessPage(page)), 60_000).unref();
    if (state.mode === 'endless' && list === 'services') return send(200, endlessPage(page));
    if (state.mode === 'trickle') return void setTimeout(() => send(200, endlessPage(page)), 150).unref();
    if (state.mode === 'ignoresPage' && list === 'services') return send(200, readFixture('services-1.json', change));
    if (state.mode === 'malformedPage' && list === 'services' && page === 2) return send(200, '{"total_items":3,"page_number":2,"contents":[{"name":"A service with no id"}]}');
    if (state.mode === 'noOrganizations' && list === 'organizations') return send(404, '{"error":"not offered"}');
    try {
      send(200, readFixture(`${list}-${page}.json`, change));
    } catch {
      send(200, JSON.stringify({ total_items: 0, total_pages: 1, page_number: page, size: 0, first_page: false, last_page: true, empty: true, contents: [] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    requests,
    get mode() {
      return state.mode;
    },
    set mode(mode: FeedMode) {
      state.mode = mode;
    },
    edit: (next) => (change = next),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function readFixture(name: string, change: (text: string) => string): string {
  return change(readFileSync(join(ORUK_FIXTURES, 'feed', name), 'utf8'));
}

/** A page that always says there is another one, with new records each time. */
function endlessPage(page: number): string {
  const contents = Array.from({ length: 2 }, (_, i) => ({ id: `endless-${page}-${i}`, name: `Service ${page}.${i}`, status: 'active', organization_id: 'endless-org' }));
  return JSON.stringify({ total_items: 1_000_000, total_pages: 500_000, page_number: page, size: contents.length, first_page: page === 1, last_page: false, empty: false, contents });
}
