import type { MapDocument } from '../mapDocument';
import { pasteClipboard } from './clipboard';
import { deleteElements } from './deleteElements';
import type { EditOutcome } from './editResult';
import { addLink, updateLink } from './linkCommands';
import { updateMeta } from './mapCommands';
import { editMapList } from './mapListCommands';
import { addNode, moveNodes, updateNode } from './nodeCommands';

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
