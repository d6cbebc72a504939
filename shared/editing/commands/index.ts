import type { MapDocument } from '../mapDocument';
import { addNodes } from './addNodes';
import { pasteClipboard } from './clipboard';
import { deleteElements } from './deleteElements';
import { importRecords } from './importRecords';
import type { EditOutcome } from './editResult';
import { addLink, updateLink } from './linkCommands';
import { updateMeta } from './mapCommands';
import { editMapList } from './mapListCommands';
import { addNode, moveNodes, updateNode } from './nodeCommands';
import { editParkingLot } from './parkingLotCommands';
import { editStickyNotes } from './stickyNoteCommands';
import { editVoting } from './votingCommands';
import { editViews } from './viewCommands';
import { applyLayout, setPinned } from '../../layout/layoutCommands';
import { recordReflection, removeReflection } from '../../goodHelp/reflectionCommands';
import { editMilestones } from '../../goodHelp/milestoneCommands';

/**
 * The typed command registry: every edit to a map is one of these. Commands are pure — they
 * read the document and return a patch — so the same command serves the toolbar, the menu,
 * the keyboard and the tests, and undo is just the inverse patch.
 */
const COMMANDS = {
  addNode,
  updateNode,
  moveNodes,
  deleteElements,
  addLink,
  updateLink,
  pasteClipboard,
  updateMeta,
  editMapList,
  editViews,
  addNodes,
  applyLayout,
  setPinned,
  importRecords,
  editParkingLot,
  editStickyNotes,
  editVoting,
  recordReflection,
  removeReflection,
  editMilestones,
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<N extends CommandName> = Parameters<(typeof COMMANDS)[N]>[1];
export type Command = { [N in CommandName]: { type: N; args: CommandArgs<N> } }[CommandName];

export function runCommand(doc: MapDocument, command: Command): EditOutcome {
  const handler = COMMANDS[command.type] as (doc: MapDocument, args: unknown) => EditOutcome;
  return handler(doc, command.args);
}

export * from './clipboard';
export * from './editResult';
export type { LinkChanges } from './linkCommands';
export type { MetaChanges } from './mapCommands';
export type { MapListArgs, MapListEdit, MapListName } from './mapListCommands';
export type { NodeChanges } from './nodeCommands';
export type { ViewEdit } from './viewCommands';
export type { ParkingLotEdit } from './parkingLotCommands';
export type { StickyNoteEdit } from './stickyNoteCommands';
export type { VotingEdit } from './votingCommands';
