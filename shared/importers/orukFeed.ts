import { FileProblem } from '../files/fileProblem';
import { parseJsonSafely } from '../files/safeJson';
import { checkFeedAddress } from './feedAddress';
import type { ImportBatch } from './importBatch';
import { orukToBatch } from './openReferralRecords';
import { MAX_ORUK_RECORDS, OrukCollector } from './orukJson';
import { orukPageSchema, pageInfo } from './orukFeedPage';

/** What fetching one page gave: the HTTP status and the body as text. */
export interface FeedResponse {
  readonly status: number;
  readonly body: string;
}
/** Fetches one page of the feed — in the desktop shell's main process, or the page itself. */
export type FetchFeedPage = (url: string, signal: AbortSignal) => Promise<FeedResponse>;

export interface FeedProgress {
  readonly endpoint: string;
  readonly page: number;
  readonly totalPages: number | null;
  readonly records: number;
}

export const FEED_LIMITS = { maxPagesPerList: 200, maxPageChars: 10 * 1024 * 1024, maxTotalChars: 100 * 1024 * 1024, perPage: 100 } as const;
export type FeedLimits = { readonly [K in keyof typeof FEED_LIMITS]: number };

export class FeedCancelled extends Error {
  override readonly name = 'FeedCancelled';
}

/** The lists a feed may offer; services is required, the others are read where offered. */
const LISTS = ['services', 'organizations', 'service_at_locations'] as const;

/**
 * Reads a live Open Referral UK feed: every page of /services, then /organizations and
 * /service_at_locations where the feed offers them, each page checked against the schema,
 * with limits on pages and size so a feed that never ends (or ignores the page number)
 * stops with a message rather than filling the memory. Nothing is kept if any page fails.
 */
export async function readOrukFeed(
  address: string,
  fetchPage: FetchFeedPage,
  options: { signal: AbortSignal; onProgress?: (progress: FeedProgress) => void; limits?: Partial<FeedLimits> },
): Promise<ImportBatch & { readonly summary: string }> {
  const feed = checkFeedAddress(address);
  if (!feed.ok) throw new FileProblem(address, feed.problem);
  const limits = { ...FEED_LIMITS, ...options.limits };
  const collector = new OrukCollector(feed.base);
  const read: Record<string, number> = {};
  let chars = 0;
  let pages = 0;
  for (const list of LISTS) {
    let previousIds = '';
    for (let page = 1; ; page++) {
      if (page > limits.maxPagesPerList) {
        throw new FileProblem(feed.base, `/${list} has more than ${limits.maxPagesPerList} pages, so the feed may never end. Nothing has been imported; ask the feed's publisher, or import a smaller part of it.`);
      }
      const url = `${feed.base}/${list}?page=${page}&per_page=${limits.perPage}`;
      const response = await cancellable(fetchPage(url, options.signal), options.signal);
      if (list !== 'services' && page === 1 && (response.status === 404 || response.status === 405 || response.status === 501)) break;
      if (response.status !== 200) throw new FileProblem(feed.base, `${describeStatus(response.status)} when asked for page ${page} of /${list}. Nothing has been imported.`);
      if (response.body.length > limits.maxPageChars) throw new FileProblem(feed.base, `page ${page} of /${list} is larger than ${Math.round(limits.maxPageChars / 1048576)} MB. Nothing has been imported.`);
      chars += response.body.length;
      if (chars > limits.maxTotalChars) throw new FileProblem(feed.base, `the feed is larger than ${Math.round(limits.maxTotalChars / 1048576)} MB. Nothing has been imported.`);
      const where = `page ${page} of /${list}`;
      const parsed = orukPageSchema.safeParse(parseJsonSafely(`${feed.base}/${list}`, response.body));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const path = issue.path.join('.');
        const record = /^contents?\.(\d+)\.id$/.exec(path);
        const why = record ? `record ${Number(record[1]) + 1} on it has no id` : path ? `at “${path}”: ${issue.message}` : 'it has no “contents” list';
        throw new FileProblem(feed.base, `${where} is not a page of Open Referral UK records (${why}). Nothing has been imported.`);
      }
      const info = pageInfo(parsed.data, page);
      const ids = info.records.map((r) => String(r.id)).join('\n');
      if (page > 1 && ids && ids === previousIds) {
        throw new FileProblem(feed.base, `${where} repeats page ${page - 1}: the feed is ignoring the page number, so it would never end. Nothing has been imported.`);
      }
      previousIds = ids;
      collector.add(info.records);
      read[list] = (read[list] ?? 0) + info.records.length;
      pages++;
      if ((read.services ?? 0) + (read.organizations ?? 0) + (read.service_at_locations ?? 0) > MAX_ORUK_RECORDS) {
        throw new FileProblem(feed.base, `it has more than ${MAX_ORUK_RECORDS.toLocaleString('en-GB')} records. Nothing has been imported.`);
      }
      options.onProgress?.({ endpoint: list, page, totalPages: info.totalPages, records: read[list] });
      if (info.last) break;
    }
  }
  const batch = orukToBatch(collector.tables());
  const summary = `Read ${plural(read.services ?? 0, 'service')}${read.organizations !== undefined ? `, ${plural(read.organizations, 'organisation')}` : ''}${read.service_at_locations !== undefined ? `, ${plural(read.service_at_locations, 'service at a location', 'services at locations')}` : ''} from ${plural(pages, 'page')} of ${feed.base}.`;
  return { ...batch, summary };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function describeStatus(status: number): string {
  if (status === 401 || status === 403) return `the feed refused access (${status}); it may need a key Good Help Map does not have`;
  if (status === 404) return 'the feed has no such list (404) — check the address';
  if (status === 429) return 'the feed asked us to slow down (429); try again in a few minutes';
  if (status >= 500) return `the feed's server had a problem (${status}); try again later`;
  if (status === 0) return 'the feed could not be reached';
  return `the feed answered ${status}`;
}

/** Rejects as soon as the user cancels, even if the page is still on its way. */
function cancellable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new FeedCancelled('Cancelled.'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new FeedCancelled('Cancelled.'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? new FeedCancelled('Cancelled.') : error);
      },
    );
  });
}
