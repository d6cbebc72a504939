import type { Session, WebContents } from 'electron';

/**
 * Electron security in one place (Actual Budget's security.ts): what the window may load,
 * where it may navigate (nowhere), what it may open (only checked links, in the OS browser)
 * and which permissions it gets (none).
 */

export const APP_ORIGIN = 'app://goodhelp';

/** Must match the meta tag in renderer/index.html. React Flow sets inline styles. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Team servers are the person's choice: the app's pages are served with this connect-src
  // narrowed to the ones chosen (electron/teamServers.ts), and the page adds a second policy at
  // start naming only those (renderer/sharing/connectPolicy.ts); a request must pass both.
  "connect-src 'self' ws: wss: http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only our own pages may call the IPC API: the app protocol, or the dev server when set. */
export function isTrustedSenderUrl(url: string, devUrl?: string): boolean {
  try {
    const { origin, protocol, host } = new URL(url);
    if (protocol === 'app:' && host === 'goodhelp') return true;
    return devUrl !== undefined && devUrl !== '' && origin === new URL(devUrl).origin;
  } catch {
    return false;
  }
}

/** Links we will hand to the OS browser: web pages and email addresses, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export interface HardeningDeps {
  openExternal: (url: string) => void;
}

/** Applied to every web contents the app creates. */
export function hardenWebContents(contents: WebContents, deps: HardeningDeps): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) deps.openExternal(url);
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, notifications, clipboard-read or anything else. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
