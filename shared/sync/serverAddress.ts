// What a person types as the team server's address ("team.council.gov.uk", "https://…",
// "ws://127.0.0.1:1234") becomes one canonical pair of URLs: the websocket the map syncs over
// and the HTTP base the map is created through. Both share one origin, which is all the app's
// content-security policy then allows.

export interface TeamServerAddress {
  /** ws: or wss: URL of the websocket endpoint, no trailing slash. */
  websocketUrl: string;
  /** http: or https: base URL for the small HTTP API, no trailing slash. */
  httpUrl: string;
  /** What to show people: host[:port][/path]. */
  label: string;
}

export type ServerAddressResult = { ok: true; address: TeamServerAddress } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function parseServerAddress(input: string): ServerAddressResult {
  const typed = input.trim();
  if (!typed) return { ok: false, message: 'Type the address of your team’s server, for example team.yourcouncil.gov.uk.' };
  if (typed.length > 500) return { ok: false, message: 'That server address is too long.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed);
  let url: URL;
  try {
    url = new URL(hasScheme ? typed : `placeholder://${typed}`);
  } catch {
    return { ok: false, message: `“${typed}” is not a server address. It looks like team.yourcouncil.gov.uk.` };
  }
  if (!url.hostname) return { ok: false, message: `“${typed}” has no server name in it.` };
  const local = LOCAL_HOSTS.has(url.hostname);
  let secure: boolean;
  switch (hasScheme ? url.protocol : '') {
    case '':
      secure = !local;
      break;
    case 'https:':
    case 'wss:':
      secure = true;
      break;
    case 'http:':
    case 'ws:':
      secure = false;
      break;
    default:
      return { ok: false, message: `The server address must start with https:// or wss:// (or nothing), not ${url.protocol}//.` };
  }
  if (!secure && !local) {
    return {
      ok: false,
      message: 'A team server on another computer must be reached over a secure connection (https:// or wss://), so nobody on the way can read the map.',
    };
  }
  if (url.username || url.password) return { ok: false, message: 'Leave names and passwords out of the server address; the access key goes in its own box.' };
  if (url.search || url.hash) return { ok: false, message: 'The server address should not have “?” or “#” in it.' };
  const host = url.host; // includes a non-default port
  const path = url.pathname.replace(/\/+$/, '');
  return {
    ok: true,
    address: {
      websocketUrl: `${secure ? 'wss' : 'ws'}://${host}${path}`,
      httpUrl: `${secure ? 'https' : 'http'}://${host}${path}`,
      label: `${host}${path}`,
    },
  };
}
