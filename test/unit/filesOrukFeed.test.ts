import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FileProblem } from '../../shared/files/fileProblem';
import { checkFeedAddress, isPageOfFeed } from '../../shared/importers/feedAddress';
import { FeedCancelled, readOrukFeed, type FetchFeedPage } from '../../shared/importers/orukFeed';
import { planImport } from '../../shared/importers/planImport';
import { applyPatch, runCommand, type MapDocument } from '../../shared/editing';
import { emptyMap } from './orukHelpers';
import { startFeedServer, type FeedServer } from './orukFeedServer';

const fetchPage: FetchFeedPage = async (url, signal) => {
  const response = await fetch(url, { signal });
  return { status: response.status, body: await response.text() };
};

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.mode = 'normal';
  server.edit((t) => t);
  server.requests.length = 0;
});

async function importFeed(doc: MapDocument) {
  const batch = await readOrukFeed(server.url, fetchPage, { signal: new AbortController().signal });
  const plan = planImport(doc, batch);
  const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: plan.nodes, links: plan.links, ...(plan.meta ? { meta: plan.meta } : {}), label: 'Import from feed' } });
  return { batch, plan, doc: outcome.ok ? applyPatch(doc, outcome.patch) : doc, undoSteps: outcome.ok ? 1 : 0 };
}

describe('the address of a feed', () => {
  it('must be https, or http on this computer only, with no password', () => {
    expect(checkFeedAddress('https://directory.example.gov.uk/api/services/')).toEqual({ ok: true, base: 'https://directory.example.gov.uk/api', origin: 'https://directory.example.gov.uk' });
    expect(checkFeedAddress('directory.example.gov.uk')).toMatchObject({ ok: true, base: 'https://directory.example.gov.uk' });
    expect(checkFeedAddress('http://127.0.0.1:8080/api')).toMatchObject({ ok: true });
    expect(checkFeedAddress('http://localhost/api')).toMatchObject({ ok: true });
    expect(checkFeedAddress('http://directory.example.gov.uk/api')).toMatchObject({ ok: false, problem: expect.stringMatching(/only allowed for a feed on this computer/) });
    expect(checkFeedAddress('file:///etc/passwd')).toMatchObject({ ok: false });
    expect(checkFeedAddress('https://user:secret@directory.example.gov.uk')).toMatchObject({ ok: false, problem: expect.stringMatching(/password/) });
    expect(isPageOfFeed('https://directory.example.gov.uk/api/services?page=2', 'https://directory.example.gov.uk/api')).toBe(true);
    expect(isPageOfFeed('https://elsewhere.example/api/services', 'https://directory.example.gov.uk/api')).toBe(false);
    expect(isPageOfFeed('https://directory.example.gov.uk/admin', 'https://directory.example.gov.uk/api')).toBe(false);
  });
});

describe('reading a live ORUK feed', () => {
  it('pages through /services, /organizations and /service_at_locations and imports in one step', async () => {
    const progress: string[] = [];
    const batch = await readOrukFeed(server.url, fetchPage, { signal: new AbortController().signal, onProgress: (p) => progress.push(`${p.kind} ${p.endpoint} ${p.page}/${p.totalPages}`) });
    const S = 'ac148810-d857-441c-9679-00000000010';
    expect(server.requests).toEqual([
      '/api/services?page=1&per_page=100',
      '/api/services?page=2&per_page=100',
      `/api/services/${S}1`,
      `/api/services/${S}2`,
      `/api/services/${S}3`,
      '/api/organizations?page=1&per_page=100',
      '/api/service_at_locations?page=1&per_page=100',
    ]);
    expect(progress).toEqual(['page services 1/2', 'page services 2/2', 'service services 1/3', 'service services 2/3', 'service services 3/3', 'page organizations 1/1', 'page service_at_locations 1/1']);
    expect(batch.summary).toBe(`Read 3 services, 2 organisations, 3 services at locations from 4 pages and 3 service records of ${server.url}.`);
    const { doc, plan, undoSteps } = await importFeed(emptyMap());
    expect(undoSteps).toBe(1);
    expect(plan.counts).toMatchObject({ addedNodes: 4, addedLinks: 2, newAreas: 1 });
    expect(doc.nodes['3a19ff88-4620-4d17-9830-000000000011']).toMatchObject({
      kind: 'space',
      postcode: 'OL11 2AA',
      sessions: [
        { day: 0, start: '09:30', end: '12:00' },
        { day: 1, start: '10:00', end: '14:00' },
        { day: 3, start: '10:00', end: '14:00' },
      ],
    });
    expect(doc.nodes['6b0e1a52-1f0d-4c4e-9a10-000000000001']).toMatchObject({ kind: 'organisation', website: 'https://kirkholt.example', helpTopics: ['food', 'loneliness', 'money'], contact: 'hello@kirkholt.example; cafe@kirkholt.example; Café co-ordinator: 07700 900001' });
  });

  it('updates the map by the feed’s ids when run again, and lists what changed', async () => {
    const first = await importFeed(emptyMap());
    const same = await importFeed(first.doc);
    expect(same.plan.counts).toMatchObject({ addedNodes: 0, updatedNodes: 0, unchangedNodes: 4 });
    server.edit((t) => t.replaceAll('St Mary’s Hall', 'St Mary’s Church Hall').replaceAll('"13:00:00"', '"12:30:00"'));
    const changed = await importFeed(first.doc);
    expect(Object.keys(changed.doc.nodes)).toHaveLength(4);
    expect(changed.plan.changes).toEqual({ added: [], updated: [{ name: 'St Mary’s Hall → St Mary’s Church Hall', fields: ['name', 'opening times'] }] });
  });

  it('reads a feed that does not offer /organizations', async () => {
    server.mode = 'noOrganizations';
    const batch = await readOrukFeed(server.url, fetchPage, { signal: new AbortController().signal });
    expect(batch.summary).toBe(`Read 3 services, 3 services at locations from 3 pages and 3 service records of ${server.url}.`);
  });

  it('refuses a malformed page, naming it, and keeps nothing', async () => {
    server.mode = 'malformedPage';
    const error = await readOrukFeed(server.url, fetchPage, { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileProblem);
    expect((error as Error).message).toBe(`“${server.url}” could not be used: page 2 of /services is not a page of Open Referral UK records (record 1 on it has no id). Nothing has been imported.`);
  });

  it('stops a feed that never ends at the page limit', async () => {
    server.mode = 'endless';
    const error = await readOrukFeed(server.url, fetchPage, { signal: new AbortController().signal, limits: { maxPagesPerList: 20 } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/\/services has more than 20 pages, so the feed may never end\. Nothing has been imported/);
    expect(server.requests).toHaveLength(20);
  });

  it('stops a feed that ignores the page number at the second page', async () => {
    server.mode = 'ignoresPage';
    const error = await readOrukFeed(server.url, fetchPage, { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/page 2 of \/services repeats page 1: the feed is ignoring the page number/);
  });

  it('stops at once when cancelled, even while a page is on its way', async () => {
    server.mode = 'slow';
    const controller = new AbortController();
    const reading = readOrukFeed(server.url, fetchPage, { signal: controller.signal }).catch((e: unknown) => e);
    await expect.poll(() => server.requests.length).toBe(1);
    controller.abort();
    expect(await reading).toBeInstanceOf(FeedCancelled);
  });

  it('never connects to an address it was not given', async () => {
    const error = await readOrukFeed('http://192.0.2.1/api', fetchPage, { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/plain http is only allowed for a feed on this computer/);
    expect(server.requests).toEqual([]);
  });
});

describe('any bytes a feed sends', () => {
  it('give records or a clear error naming the feed, never a crash (property)', async () => {
    const { default: fc } = await import('fast-check');
    const body = fc.oneof(
      fc.string(),
      fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b)),
      fc.record({ total_pages: fc.oneof(fc.integer(), fc.string()), last_page: fc.boolean(), contents: fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.oneof(fc.string(), fc.integer()) }))) }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(200, 200, 200, 404, 500), body), { minLength: 1, maxLength: 6 }), async (replies) => {
        let call = 0;
        const fake: FetchFeedPage = async () => {
          const [status, text] = replies[Math.min(call++, replies.length - 1)]!;
          return { status, body: text };
        };
        try {
          const batch = await readOrukFeed('https://directory.example.gov.uk/api', fake, { signal: new AbortController().signal, limits: { maxPagesPerList: 5, maxServicesInFull: 20 } });
          expect(Array.isArray(batch.elements)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FileProblem);
          expect((error as Error).message).toMatch(/^“https:\/\/directory\.example\.gov\.uk\/api” could not be used: /);
        }
      }),
      { numRuns: 200 },
    );
  });
});
