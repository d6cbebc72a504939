import { BrowserWindow } from 'electron';
import type { Rect } from './windowState';

/**
 * The audience window: the main window's security settings exactly, but no preload — it only
 * shows the map (read from the shared IndexedDB on the app:// origin), so it needs no desktop
 * API at all. Navigation and new windows are refused for it as for every web contents (main.ts).
 * The settings are spelled out here, not shared with main.ts through a helper, because the
 * Electronegativity scan in `npm test` checks each BrowserWindow's options as written.
 */
export function createAudienceBrowserWindow(url: string, bounds: Rect, fullScreen: boolean): BrowserWindow {
  const window = new BrowserWindow({
    ...bounds,
    show: false,
    title: 'Good Help Map — audience view',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.setMenuBarVisibility(false);
  window.once('ready-to-show', () => {
    // Full screen once placed, so it fills the display it was put on, not the primary one.
    if (fullScreen) window.setFullScreen(true);
    window.show();
  });
  void window.loadURL(url);
  return window;
}
