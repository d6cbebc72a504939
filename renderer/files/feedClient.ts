import { checkFeedAddress } from '../../shared/importers/feedAddress';
import type { FetchFeedPage } from '../../shared/importers/orukFeed';
import { desktopBridge } from '../platform/desktopBridge';
import { ipcMessage } from '../platform/saveFile';

const LAST_FEED_KEY = 'goodHelpMap.lastFeedAddress';

/**
 * How this edition fetches a feed page. The desktop app asks its main process, which fetches
 * only pages of the feed the user named (electron/feedFetch.ts); the page's own CSP stays
 * `connect-src 'self'`. The browser edition keeps the same CSP, so it can read a feed only
 * from the address it is served from — and says so, rather than failing with a blocked request.
 */
export function feedFetcher(address: string): FetchFeedPage {
  const feed = checkFeedAddress(address);
  const base = feed.ok ? feed.base : address;
  const bridge = desktopBridge;
  if (bridge) {
    return async (url) => {
      try {
        return await bridge.getFeedPage({ feed: base, url });
      } catch (error) {
        throw new Error(ipcMessage(error));
      }
    };
  }
  return async (url, signal) => {
    if (new URL(url).origin !== window.location.origin) {
      throw new Error(
        `The browser edition of Good Help Map can only read a feed from the address it is running at (${window.location.origin}): its security policy lets it connect nowhere else. Use the desktop app to read ${new URL(url).origin}.`,
      );
    }
    let response: Response;
    try {
      response = await fetch(url, { signal, credentials: 'omit', redirect: 'error', headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new Error(`The feed could not be reached (${new URL(url).origin}). Check the address and your internet connection.`);
    }
    return { status: response.status, body: await response.text() };
  };
}

/** The last feed read on this computer, so re-running it is one click. */
export function lastFeedAddress(): string {
  try {
    return window.localStorage.getItem(LAST_FEED_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberFeedAddress(address: string): void {
  try {
    window.localStorage.setItem(LAST_FEED_KEY, address);
  } catch {
    // Private windows may refuse storage; the user can type the address again.
  }
}
