import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchFeedPage } from '../../electron/feedFetch';
import { startFeedServer, type FeedServer } from '../unit/orukFeedServer';

let feed: FeedServer;
let other: ReturnType<typeof createServer>;
let otherUrl = '';
beforeAll(async () => {
  feed = await startFeedServer();
  // A second local server: one that redirects, and one that sends a page far too large.
  other = createServer((req, res) => {
    if (req.url?.startsWith('/api/redirect')) {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = 'x'.repeat(1024 * 1024);
    let sent = 0;
    const more = () => {
      while (sent < 12 && res.write(chunk)) sent++;
      if (sent >= 12) res.end();
      else res.once('drain', more);
    };
    more();
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/api`;
});
afterAll(async () => {
  await feed.close();
  other.closeAllConnections();
  await new Promise<void>((resolve) => other.close(() => resolve()));
});

describe('the desktop shell fetching a feed page', () => {
  it('fetches a page of the feed the user gave', async () => {
    const page = await fetchFeedPage({ feed: feed.url, url: `${feed.url}/services?page=1&per_page=100` }, fetch);
    expect(page.status).toBe(200);
    expect(JSON.parse(page.body)).toMatchObject({ total_pages: 2, page_number: 1 });
  });

  it('connects to nothing outside that feed, nor over plain http to another computer', async () => {
    const spy = vi.fn(fetch);
    await expect(fetchFeedPage({ feed: feed.url, url: `${otherUrl}/services` }, spy)).rejects.toThrow(/not part of the feed you chose/);
    await expect(fetchFeedPage({ feed: feed.url, url: `${feed.url.replace('/api', '/admin')}` }, spy)).rejects.toThrow(/not part of the feed you chose/);
    await expect(fetchFeedPage({ feed: 'http://192.0.2.1/api', url: 'http://192.0.2.1/api/services' }, spy)).rejects.toThrow(/plain http is only allowed/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses to follow a redirect and stops reading a page past 10 MB', async () => {
    await expect(fetchFeedPage({ feed: otherUrl, url: `${otherUrl}/redirect` }, fetch)).rejects.toThrow(/could not be reached/);
    await expect(fetchFeedPage({ feed: otherUrl, url: `${otherUrl}/services` }, fetch)).rejects.toThrow(/larger than 10 MB/);
  });
});
