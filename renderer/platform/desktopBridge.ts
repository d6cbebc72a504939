import type { DesktopBridge } from '../../shared/ipc/bridge';

/**
 * The desktop shell's preload API, or null in the browser edition. The renderer never
 * imports Electron: this small typed object is the whole of the desktop it can see.
 */
export const desktopBridge: DesktopBridge | null =
  typeof window !== 'undefined' && window.goodHelpDesktop ? window.goodHelpDesktop : null;
