import { FileProblem } from '../files/fileProblem';
import { parseJsonSafely } from '../files/safeJson';
import { checkFeedAddress } from './feedAddress';
import type { ImportBatch } from './importBatch';
import { orukToBatch } from './openReferralRecords';
import { MAX_ORUK_RECORDS, OrukCollector } from './orukJson';
import { orukPageSchema, pageInfo } from './orukFeedPage';
import { z } from 'zod';

const serviceSchema = z.looseObject({ id: z.union([z.string().min(1).max(200), z.number()]) });

/** What fetching one page gave: the HTTP status and the body as text. */
export interface FeedResponse {
  readonly status: number;
  readonly body: string;
}
/** Fetches one page of the feed — in the desktop shell's main process, or the page itself. */
export type FetchFeedPage = (url: string, signal: AbortSignal) => Promise<FeedResponse>;

export interface FeedProgress {
  /** A page of a list, or one service read in full (`page` of `totalPages` then counts services). */
  readonly kind: 'page' | 'service';
  readonly endpoint: string;
  readonly page: number;
  readonly totalPages: number | null;
  readonly records: number;
}

export const FEED_LIMITS = { maxPagesPerList: 200, maxPageChars: 10 * 1024 * 1024, maxTotalChars: 100 * 1024 * 1024, perPage: 100, maxServicesInFull: 3000 } as const;
export type FeedLimits = { readonly [K in keyof typeof FEED_LIMITS]: number };

export class FeedCancelled extends Error {
  override readonly name = 'FeedCancelled';
}

/** The lists a feed may offer; services is required, the others are read where offered. */
const LISTS = ['services', 'organizations', 'service_at_locations'] as const;

/**
 * Reads a live Open Referral UK feed: every page of /services; then, as 3.0's list pages hold
 * only each service's own fields, each service in full from /services/{id} (its schedules,
 * locations, addresses, areas and taxonomy); then /organizations and /service_at_locations
 * where the feed offers them. Every response is checked against the schema,
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
  let notInFull = 0;
  const get = async (url: string, where: string, optional: boolean): Promise<unknown> => {
    const response = await cancellable(fetchPage(url, options.signal), options.signal);
    if (optional && (response.status === 404 || response.status === 405 || response.status === 501)) return undefined;
    if (response.status !== 200) throw new FileProblem(feed.base, `${describeStatus(response.status)} when asked for ${where}. Nothing has been imported.`);
    if (response.body.length > limits.maxPageChars) throw new FileProblem(feed.base, `${where} is larger than ${Math.round(limits.maxPageChars / 1048576)} MB. Nothing has been imported.`);
    chars += response.body.length;
    if (chars > limits.maxTotalChars) throw new FileProblem(feed.base, `the feed is larger than ${Math.round(limits.maxTotalChars / 1048576)} MB. Nothing has been imported.`);
    try {
      return parseJsonSafely(url, response.body);
    } catch (error) {
      // safeJson speaks of map files; here the page is what is wrong.
      const nested = error instanceof FileProblem && /nested too deeply/.test(error.detail);
      throw new FileProblem(feed.base, `${where} ${nested ? 'is nested too deeply to be read' : 'is not JSON (the feed may have sent an error page instead)'}, so it is not Open Referral UK data. Nothing has been imported.`);
    }
  };
  const listed: string[] = [];
  const readServicesInFull = async (ids: readonly string[]): Promise<number> => {
    if (ids.length > limits.maxServicesInFull) {
      throw new FileProblem(feed.base, `it lists ${ids.length.toLocaleString('en-GB')} services, more than the ${limits.maxServicesInFull.toLocaleString('en-GB')} Good Help Map reads one by one. Nothing has been imported.`);
    }
    let missing = 0;
    for (const [index, id] of ids.entries()) {
      const raw = await get(`${feed.base}/services/${encodeURIComponent(id)}`, `service “${id.slice(0, 60)}”`, true);
      const record = raw === undefined ? null : serviceSchema.safeParse(raw);
      if (!record?.success) missing++;
      else collector.add(record.data);
      options.onProgress?.({ kind: 'service', endpoint: 'services', page: index + 1, totalPages: ids.length, records: index + 1 });
    }
    return missing;
  };
  for (const list of LISTS) {
    let previousIds = '';
    for (let page = 1; ; page++) {
      if (page > limits.maxPagesPerList) {
        throw new FileProblem(feed.base, `/${list} has more than ${limits.maxPagesPerList} pages, so the feed may never end. Nothing has been imported; ask the feed's publisher, or import a smaller part of it.`);
      }
      const where = `page ${page} of /${list}`;
      const raw = await get(`${feed.base}/${list}?page=${page}&per_page=${limits.perPage}`, where, list !== 'services' && page === 1);
      if (raw === undefined) break;
      const parsed = orukPageSchema.safeParse(raw);
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
      options.onProgress?.({ kind: 'page', endpoint: list, page, totalPages: info.totalPages, records: read[list] });
      if (list === 'services') listed.push(...info.records.filter((r) => !('service_at_locations' in r) && !('schedules' in r)).map((r) => String(r.id)));
      if (info.last) break;
    }
    if (list === 'services') notInFull = await readServicesInFull(listed);
  }
  const batch = orukToBatch(collector.tables());
  const warnings = notInFull ? [`${notInFull} service${notInFull === 1 ? '' : 's'} could not be read in full from /services/{id}, so ${notInFull === 1 ? 'its' : 'their'} opening times and places may be missing.`, ...batch.warnings] : batch.warnings;
  const summary = `Read ${plural(read.services ?? 0, 'service')}${read.organizations !== undefined ? `, ${plural(read.organizations, 'organisation')}` : ''}${read.service_at_locations !== undefined ? `, ${plural(read.service_at_locations, 'service at a location', 'services at locations')}` : ''} from ${plural(pages, 'page')}${listed.length ? ` and ${plural(listed.length, 'service record')}` : ''} of ${feed.base}.`;
  return { ...batch, warnings, summary };
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
