import { mapViewSchema, newId, type Id, type MapView } from '../../model';
import type { MapDocument } from '../mapDocument';
import { refuse, type EditOutcome } from './editResult';
import { metaEdit } from './metaEdit';
import { validationMessage } from './validationMessage';

/** Saved views are part of the map, so saving, renaming, reordering and deleting one can be undone. */
export type ViewEdit =
  | { readonly type: 'add'; readonly view: Omit<MapView, 'id'> & { id?: Id }; readonly index?: number }
  | { readonly type: 'update'; readonly id: Id; readonly changes: Partial<Omit<MapView, 'id'>> }
  | { readonly type: 'move'; readonly id: Id; readonly to: number }
  | { readonly type: 'remove'; readonly id: Id };

export function editViews(doc: MapDocument, edit: ViewEdit): EditOutcome {
  const views = doc.meta.views;
  let next: MapView[];
  let label: string;
  if (edit.type === 'add') {
    const parsed = mapViewSchema.safeParse({ ...edit.view, id: edit.view.id ?? newId() });
    if (!parsed.success) return refuse(validationMessage(parsed.error));
    if (views.some((v) => v.id === parsed.data.id)) return refuse('That view is already saved.');
    const at = Math.max(0, Math.min(views.length, edit.index ?? views.length));
    next = [...views.slice(0, at), parsed.data, ...views.slice(at)];
    label = `Save view “${parsed.data.name}”`;
  } else {
    const index = views.findIndex((v) => v.id === edit.id);
    const view = views[index];
    if (!view) return refuse('That view is no longer saved on this map.');
    if (edit.type === 'update') {
      const parsed = mapViewSchema.safeParse({ ...view, ...edit.changes, id: view.id });
      if (!parsed.success) return refuse(validationMessage(parsed.error));
      next = views.map((v, i) => (i === index ? parsed.data : v));
      label = edit.changes.name !== undefined && Object.keys(edit.changes).length === 1 ? `Rename view “${view.name}”` : `Update view “${view.name}”`;
    } else if (edit.type === 'move') {
      const to = Math.max(0, Math.min(views.length - 1, edit.to));
      if (to === index) return refuse(edit.to > index ? 'That view is already last.' : 'That view is already first.');
      next = views.filter((_, i) => i !== index);
      next.splice(to, 0, view);
      label = `Move view “${view.name}”`;
    } else {
      next = views.filter((_, i) => i !== index);
      label = `Delete view “${view.name}”`;
    }
  }
  return metaEdit(doc, { views: next }, label);
}
