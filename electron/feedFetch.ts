import { FEED_PAGE_MAX_CHARS, type IpcRequest, type IpcResponse } from '../shared/ipc/contract';
import { checkFeedAddress, isPageOfFeed } from '../shared/importers/feedAddress';

export type FeedFetch = (url: string, init: RequestInit) => Promise<Response>;

const TIMEOUT_MS = 30_000;

/**
 * Fetches one page of an ORUK feed for the page, which cannot itself (its CSP allows
 * `connect-src 'self'` only, and stays that way). Only a GET of a page under the feed address
 * the user typed, https or http on localhost, no cookies or credentials, no redirects elsewhere,
 * at most 10 MB and 30 seconds. The page validates what comes back.
 */
export async function fetchFeedPage(request: IpcRequest<'feed:getPage'>, fetchImpl: FeedFetch): Promise<IpcResponse<'feed:getPage'>> {
  const feed = checkFeedAddress(request.feed);
  if (!feed.ok) throw new Error(feed.problem);
  if (!isPageOfFeed(request.url, feed.base)) throw new Error('That address is not part of the feed you chose, so Good Help Map did not connect to it.');
  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: 'GET',
      headers: { accept: 'application/json' },
      credentials: 'omit',
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new Error(timedOut ? 'The feed took longer than 30 seconds to answer. Try again later.' : `The feed could not be reached (${feed.origin}). Check the address and your internet connection.`);
  }
  return { status: response.status, body: await readLimited(response) };
}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > FEED_PAGE_MAX_CHARS) throw new Error('A page of the feed is larger than 10 MB, so it was not read.');
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > FEED_PAGE_MAX_CHARS) {
      await reader.cancel();
      throw new Error('A page of the feed is larger than 10 MB, so it was not read.');
    }
  }
  return text + decoder.decode();
}
