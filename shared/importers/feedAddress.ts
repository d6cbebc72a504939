/**
 * The address of an Open Referral UK feed as the user gives it, checked before anything
 * connects: https anywhere, plain http only to this computer (a test or local server), no
 * passwords in the address. Shared by the renderer (to say what is wrong as the user types)
 * and the desktop shell's main process (which refuses anything else, whatever it is sent).
 */
export type FeedAddress = { readonly ok: true; readonly base: string; readonly origin: string } | { readonly ok: false; readonly problem: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const ENDPOINTS = /\/(services|organizations|service_at_locations)\/?$/;

export function checkFeedAddress(input: string): FeedAddress {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'Type the address of the feed, such as https://directory.example.gov.uk/api.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'That is not a web address. It should look like https://directory.example.gov.uk/api.' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    return { ok: false, problem: url.protocol === 'http:' ? 'The address must start with https:// — plain http is only allowed for a feed on this computer (localhost).' : 'The address must start with https://.' };
  }
  if (url.username || url.password) return { ok: false, problem: 'Leave the user name and password out of the address.' };
  // People paste the address of the services list; the feed is the part before it.
  const path = url.pathname.replace(ENDPOINTS, '').replace(/\/+$/, '');
  return { ok: true, base: `${url.origin}${path}`, origin: url.origin };
}

/** Whether a page address belongs to the feed the user gave (the shell fetches nothing else). */
export function isPageOfFeed(pageUrl: string, base: string): boolean {
  const feed = checkFeedAddress(base);
  if (!feed.ok) return false;
  try {
    const url = new URL(pageUrl);
    return url.origin === feed.origin && (url.pathname === new URL(feed.base).pathname || url.pathname.startsWith(`${new URL(feed.base).pathname.replace(/\/$/, '')}/`)) && !url.username && !url.password;
  } catch {
    return false;
  }
}
