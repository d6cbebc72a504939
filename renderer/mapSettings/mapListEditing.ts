import type { MapListArgs, MapListEdit, MapListName } from '../../shared/editing';
import { commitEdit } from '../details/commitField';
import type { EditorController } from '../state/editorController';

/** Applies one edit to a map list if it is valid; returns the problem in plain English, or null. */
export function editList<L extends MapListName>(controller: EditorController, list: L, edit: MapListEdit<L>): string | null {
  return commitEdit(controller, { type: 'editMapList', args: { list, edit } as MapListArgs });
}

/** A new entry for a list from the name a user typed: the only thing asked when adding. */
export function addEntry(controller: EditorController, list: MapListName, name: string): string | null {
  const label = name.trim();
  switch (list) {
    case 'areas':
      return editList(controller, list, { type: 'add', entry: { name: label } });
    case 'helpTopics':
      return editList(controller, list, { type: 'add', entry: { label, core: false } });
    case 'criteria':
      return editList(controller, list, { type: 'add', entry: { label, essential: false } });
    case 'audiences':
      return editList(controller, list, { type: 'add', entry: { label } });
  }
}

/** An optional whole number typed by a user: '' clears it. */
export function parseOptionalCount(text: string): number | undefined | 'invalid' {
  const trimmed = text.replace(/[,\s]/g, '');
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 'invalid';
}
