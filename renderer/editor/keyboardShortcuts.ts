import type { MenuCommand } from '../../shared/ipc/contract';
import type { AppCommands } from './appCommands';
import { isEditingText } from './textEditing';

interface Shortcut {
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly command: MenuCommand | 'link';
  /** Also handled by the desktop app's native menu accelerators, so skipped there. */
  readonly inMenu: boolean;
}

/** The keyboard map; `ShortcutsDialog` lists it for users, so it is the one place to change. */
export const SHORTCUTS: readonly (Shortcut & { readonly label: string })[] = [
  { key: 'z', mod: true, command: 'edit:undo', inMenu: true, label: 'Undo' },
  { key: 'z', mod: true, shift: true, command: 'edit:redo', inMenu: true, label: 'Redo' },
  { key: 'y', mod: true, command: 'edit:redo', inMenu: false, label: 'Redo (alternative)' },
  { key: 'a', mod: true, command: 'edit:selectAll', inMenu: true, label: 'Select everything' },
  { key: 'f', mod: true, command: 'edit:find', inMenu: true, label: 'Find a node by name' },
  { key: ',', mod: true, command: 'map:settings', inMenu: true, label: 'Map settings: areas, audiences, topics, criteria' },
  { key: 'o', mod: true, command: 'file:open', inMenu: true, label: 'Open a map file' },
  { key: 's', mod: true, shift: true, command: 'file:saveAs', inMenu: true, label: 'Save the map as a file' },
  { key: 'i', mod: true, command: 'file:import', inMenu: true, label: 'Import a spreadsheet' },
  { key: 'e', mod: true, command: 'file:export', inMenu: true, label: 'Export the map' },
  { key: 'Delete', command: 'edit:delete', inMenu: false, label: 'Delete the selection' },
  { key: 'Backspace', command: 'edit:delete', inMenu: false, label: 'Delete the selection' },
  { key: 'p', command: 'node:addPerson', inMenu: false, label: 'Add a person' },
  { key: 'o', command: 'node:addOrganisation', inMenu: false, label: 'Add an organisation' },
  { key: 's', command: 'node:addSpace', inMenu: false, label: 'Add a space' },
  { key: 'j', command: 'node:addProject', inMenu: false, label: 'Add a project' },
  { key: 'l', command: 'link', inMenu: false, label: 'Link the selected node to another' },
  { key: 'f', command: 'view:fit', inMenu: false, label: 'Fit the map to the screen' },
  { key: 'g', command: 'view:gapAnalysis', inMenu: false, label: 'Gap analysis: open or close the panel' },
  { key: '=', mod: true, command: 'view:zoomIn', inMenu: true, label: 'Zoom in' },
  { key: '-', mod: true, command: 'view:zoomOut', inMenu: true, label: 'Zoom out' },
  { key: '?', command: 'help:shortcuts', inMenu: false, label: 'Show keyboard shortcuts' },
  { key: 'n', command: 'session:addStickyNote', inMenu: false, label: 'Add a sticky note (then Enter edits a selected note, Delete removes it)' },
  { key: 'v', command: 'session:vote', inMenu: false, label: 'Dot voting: vote on the selected node, note or finding' },
  { key: 'w', command: 'workshop:toggle', inMenu: false, label: 'Workshop mode on or off (Escape also leaves full screen)' },
  { key: 'a', shift: true, command: 'workshop:audience', inMenu: false, label: 'Open the audience window' },
  { key: 't', command: 'workshop:timer', inMenu: false, label: 'Workshop: start or pause the timer' },
  { key: 't', shift: true, command: 'workshop:resetTimer', inMenu: false, label: 'Workshop: reset the timer' },
  { key: ']', command: 'workshop:nextItem', inMenu: false, label: 'Workshop: next agenda item' },
  { key: '[', command: 'workshop:previousItem', inMenu: false, label: 'Workshop: previous agenda item' },
  { key: 'm', command: 'workshop:agenda', inMenu: false, label: 'Workshop: name the agenda item and set its minutes' },
  { key: 'k', command: 'workshop:parkingLot', inMenu: false, label: 'Parking lot: points to come back to' },
  { key: 'e', command: 'workshop:tools', inMenu: false, label: 'Workshop: show or hide the editing tools' },
  { key: 'd', command: 'workshop:panels', inMenu: false, label: 'Workshop: show or hide the side panels (details, gap analysis)' },
];

/**
 * Handles a key press on the editor. Copy/cut/paste are not here: they arrive as clipboard
 * events, which work the same from the keyboard, the browser and the desktop menu.
 */
export function handleShortcut(
  event: KeyboardEvent,
  commands: AppCommands,
  options: { desktopMenu: boolean; openLink: () => void },
): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const shortcut = SHORTCUTS.find(
    // '?' needs Shift on most keyboards, so Shift is only compared for the other keys.
    (s) => s.key.toLowerCase() === key.toLowerCase() && !!s.mod === mod && (s.key === '?' || !!s.shift === event.shiftKey),
  );
  if (!shortcut) return false;
  // In a text field, plain keys type and the field keeps its own undo and select-all.
  if (isEditingText(event.target) && (!shortcut.mod || ['edit:undo', 'edit:redo', 'edit:selectAll'].includes(shortcut.command))) return false;
  // A dialog owns the keyboard while it is open.
  if (event.target instanceof Element && event.target.closest('dialog')) return false;
  if (options.desktopMenu && shortcut.inMenu) return false;
  event.preventDefault();
  if (shortcut.command === 'link') options.openLink();
  else commands[shortcut.command]();
  return true;
}
