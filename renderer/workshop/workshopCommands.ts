import type { MenuCommand } from '../../shared/ipc/contract';
import type { EditorController } from '../state/editorController';
import { openAudienceWindow } from '../audience/openAudienceWindow';
import { runTimer, setAgendaOpen, setParkingLotOpen, toggleWorkshopChrome, toggleWorkshopMode } from './workshopActions';
import { workshopStore } from './workshopStore';

type WorkshopCommand = Extract<MenuCommand, `workshop:${string}`>;

/** Workshop mode's commands, shared by its keys, the toolbar and the native View menu. */
export function createWorkshopCommands(controller: EditorController): Record<WorkshopCommand, () => void> {
  const store = workshopStore(controller);
  const inWorkshop = (run: () => void) => () => {
    if (!controller.state.doc) return;
    if (store.get().on) run();
    else controller.notify('info', 'The agenda timer is part of workshop mode. Press W to turn it on.');
  };
  return {
    'workshop:toggle': () => controller.state.doc && toggleWorkshopMode(controller),
    'workshop:audience': () => controller.state.doc && void openAudienceWindow(controller),
    'workshop:timer': inWorkshop(() => runTimer(controller, { type: 'toggle', now: Date.now() })),
    'workshop:resetTimer': inWorkshop(() => runTimer(controller, { type: 'reset' })),
    'workshop:nextItem': inWorkshop(() => runTimer(controller, { type: 'next', now: Date.now(), newId: crypto.randomUUID() })),
    'workshop:previousItem': inWorkshop(() => runTimer(controller, { type: 'previous', now: Date.now() })),
    'workshop:agenda': inWorkshop(() => setAgendaOpen(controller, !store.get().agendaOpen)),
    'workshop:parkingLot': () => controller.state.doc && setParkingLotOpen(controller, !store.get().parkingLotOpen),
    'workshop:tools': () => toggleWorkshopChrome(controller, 'tools'),
    'workshop:panels': () => toggleWorkshopChrome(controller, 'panels'),
  };
}
