import type { EditorController } from '../state/editorController';
import { desktopBridge } from '../platform/desktopBridge';

/** The query flag that makes the renderer an audience window: the map only, following the facilitator. */
export const AUDIENCE_FLAG = 'audience';

export function isAudienceWindow(search: string): boolean {
  return new URLSearchParams(search).get(AUDIENCE_FLAG) === '1';
}

/** This page's address with the audience flag, for a second browser window or tab. */
export function audienceUrl(href: string): string {
  const url = new URL(href);
  url.search = `?${AUDIENCE_FLAG}=1`;
  url.hash = '';
  return url.toString();
}

/**
 * Opens the audience window. The desktop app asks the main process, which puts it full screen
 * on the second display; in a browser it is a pop-up of the same page the facilitator drags to
 * the projector. Both follow this window over a BroadcastChannel (renderer/audience).
 */
export async function openAudienceWindow(controller: EditorController): Promise<void> {
  if (desktopBridge) {
    try {
      const { separateDisplay } = await desktopBridge.openAudienceWindow();
      controller.notify(
        'info',
        separateDisplay
          ? 'The audience window is open, full screen on the other display.'
          : 'The audience window is open. Only one display was found: connect the projector, then drag the window to it.',
      );
    } catch (error) {
      controller.notify('error', `The audience window could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
    return;
  }
  const opened = window.open(audienceUrl(window.location.href), 'good-help-map-audience', 'popup=yes,width=1280,height=720');
  if (!opened) {
    controller.notify('warning', 'Your browser blocked the audience window. Allow pop-ups for this page and press Shift+A again, or open this page with ?audience=1 in a new window.');
    return;
  }
  controller.notify('info', 'The audience window is open. Drag it to the projector and click it to fill the screen.');
}
