import type { ReactFlowInstance } from '@xyflow/react';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { EditorController } from '../state/editorController';
import { voteOnSelection } from '../voting/votingActions';
import { sessionUiFor } from './sessionUi';
import { addStickyNote } from './stickyActions';

type SessionCommand = Extract<MenuCommand, `session:${string}`>;

/** The Session menu's commands, for the keyboard and the desktop menu (renderer/editor/appCommands). */
export function createSessionCommands(controller: EditorController, flow: ReactFlowInstance | null): Record<SessionCommand, () => void> {
  const ui = sessionUiFor(controller);
  const whenOpen = (run: () => void) => () => {
    if (controller.state.doc) run();
  };
  return {
    'session:addStickyNote': whenOpen(() => addStickyNote(controller, flow)),
    'session:vote': whenOpen(() => voteOnSelection(controller)),
    'session:voting': whenOpen(() => ui.set({ panel: ui.get().panel === 'voting' ? 'none' : 'voting' })),
    'session:saveSnapshot': whenOpen(() => ui.set({ dialog: 'saveSnapshot' })),
    'session:snapshots': whenOpen(() => ui.set({ dialog: 'snapshots' })),
  };
}
