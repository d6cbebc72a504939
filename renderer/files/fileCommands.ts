import type { MenuCommand } from '../../shared/ipc/menuCommands';
import type { EditorController } from '../state/editorController';
import { lastFeedAddress } from './feedClient';
import { teamSharingFor } from '../sharing/useTeamSharing';
import { fileServiceFor } from './useFileService';

type FileCommand = Extract<MenuCommand, `file:${string}`>;

/** The File commands, for the native menu, the toolbar's File menu and the keyboard alike. */
export function createFileCommands(controller: EditorController): Record<FileCommand, () => void> {
  const files = fileServiceFor(controller);
  const sharing = teamSharingFor(controller);
  return {
    'file:open': () => void files.chooseMapFile(),
    'file:saveAs': () => void files.saveAs(),
    'file:saveShareable': () => (controller.state.doc ? files.setDialog({ kind: 'shareable' }) : controller.notify('info', 'Open a map first.')),
    'file:import': () => void files.chooseSpreadsheet(),
    // Nothing connects until the user presses "Read the feed" in this dialog.
    'file:importFeed': () => files.setDialog({ kind: 'feed', address: lastFeedAddress(), error: null }),
    'file:export': () => (controller.state.doc ? files.setDialog({ kind: 'export' }) : controller.notify('info', 'Open a map first.')),
    'file:shareWithTeam': () => sharing.openDialog('share'),
    'file:joinShared': () => sharing.openDialog('join'),
  };
}
