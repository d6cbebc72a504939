import { timerReducer, type TimerAction } from '../../shared/workshop/timer';
import type { EditorController } from '../state/editorController';
import { workshopStore, type WorkshopState } from './workshopStore';

/** What workshop.css reads: the theme, and which hidden chrome the facilitator has opened. */
export function applyWorkshopAttributes(root: HTMLElement, state: Pick<WorkshopState, 'on' | 'panels' | 'tools'>): void {
  if (state.on) root.dataset.theme = 'workshop';
  else if (root.dataset.theme === 'workshop') delete root.dataset.theme;
  setFlag(root, 'workshopPanels', state.on && state.panels);
  setFlag(root, 'workshopTools', state.on && state.tools);
}

function setFlag(root: HTMLElement, name: string, on: boolean): void {
  if (on) root.dataset[name] = 'open';
  else delete root.dataset[name];
}

/**
 * Turns workshop mode on or off: the high-contrast large-text theme, chrome tucked away and,
 * where the browser allows it, the whole screen. Full screen is a courtesy — refused (an
 * iframe, a test browser) the mode still works in the window.
 */
export function setWorkshopMode(controller: EditorController, on: boolean): void {
  const store = workshopStore(controller);
  if (store.get().on === on) return;
  store.set({ on, panels: false, tools: false, agendaOpen: false, fullScreen: false });
  if (on) {
    const root = document.documentElement;
    if (document.fullscreenEnabled && !document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen({ navigationUI: 'hide' }).then(
        () => store.set({ fullScreen: true }),
        () => undefined,
      );
    }
    controller.notify('info', 'Workshop mode. Press W to leave it, E for the editing tools, D for the side panels and ? for every key.');
  } else {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    controller.notify('info', 'Workshop mode is off.');
  }
}

export function toggleWorkshopMode(controller: EditorController): void {
  setWorkshopMode(controller, !workshopStore(controller).get().on);
}

/**
 * Escape (or the browser's own control) left full screen. Workshop mode went full screen, so
 * it leaves with it, rather than staying half on in a window.
 */
export function fullScreenChanged(controller: EditorController): void {
  const store = workshopStore(controller);
  if (!document.fullscreenElement && store.get().on && store.get().fullScreen) setWorkshopMode(controller, false);
}

/** E, D: chrome the facilitator opens when needed. Outside workshop mode it is always there. */
export function toggleWorkshopChrome(controller: EditorController, part: 'tools' | 'panels'): void {
  const store = workshopStore(controller);
  if (!store.get().on) {
    controller.notify('info', part === 'tools' ? 'The editing tools are always shown outside workshop mode.' : 'The side panels are always shown outside workshop mode.');
    return;
  }
  store.set((s) => ({ [part]: !s[part] }));
  // The toolbar is opened to be used: put the keyboard in it.
  if (part === 'tools' && store.get().tools) requestAnimationFrame(() => document.querySelector<HTMLElement>('.toolbar button')?.focus());
}

/** Brings out the side panels when workshop mode has them tucked away, e.g. to name a new node. */
export function showWorkshopPanels(controller: EditorController): void {
  const store = workshopStore(controller);
  if (store.get().on && !store.get().panels) store.set({ panels: true });
}

export function setParkingLotOpen(controller: EditorController, open: boolean): void {
  workshopStore(controller).set({ parkingLotOpen: open });
}

export function setAgendaOpen(controller: EditorController, open: boolean): void {
  workshopStore(controller).set({ agendaOpen: open });
}

export function runTimer(controller: EditorController, action: TimerAction): void {
  workshopStore(controller).set((s) => ({ timer: timerReducer(s.timer, action) }));
}
