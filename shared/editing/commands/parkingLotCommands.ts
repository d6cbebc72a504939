import { newId, parkingLotItemSchema, type Id, type ParkingLotItem } from '../../model';
import type { MapDocument } from '../mapDocument';
import { refuse, type EditOutcome } from './editResult';
import { metaEdit } from './metaEdit';
import { validationMessage } from './validationMessage';

/** The parking lot is part of the map's record, so adding, ticking off and deleting a point undo. */
export type ParkingLotEdit =
  | { readonly type: 'add'; readonly text: string; readonly id?: Id; readonly now?: Date }
  | { readonly type: 'setDone'; readonly id: Id; readonly done: boolean }
  | { readonly type: 'rename'; readonly id: Id; readonly text: string }
  | { readonly type: 'remove'; readonly id: Id };

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

export function editParkingLot(doc: MapDocument, edit: ParkingLotEdit): EditOutcome {
  const items = doc.meta.parkingLot;
  let next: ParkingLotItem[];
  let label: string;
  if (edit.type === 'add') {
    const parsed = parkingLotItemSchema.safeParse({ id: edit.id ?? newId(), text: edit.text, done: false, addedAt: (edit.now ?? new Date()).toISOString() });
    if (!parsed.success) return refuse(validationMessage(parsed.error));
    if (items.some((i) => i.id === parsed.data.id)) return refuse('That point is already in the parking lot.');
    next = [...items, parsed.data];
    label = `Park ${quote(parsed.data.text)}`;
  } else {
    const index = items.findIndex((i) => i.id === edit.id);
    const item = items[index];
    if (!item) return refuse('That point is no longer in the parking lot.');
    if (edit.type === 'remove') {
      next = items.filter((_, i) => i !== index);
      label = `Delete parked point ${quote(item.text)}`;
    } else {
      const changed = edit.type === 'setDone' ? { ...item, done: edit.done } : { ...item, text: edit.text };
      const parsed = parkingLotItemSchema.safeParse(changed);
      if (!parsed.success) return refuse(validationMessage(parsed.error));
      if (parsed.data.done === item.done && parsed.data.text === item.text) return refuse('Nothing to change.');
      next = items.map((i, at) => (at === index ? parsed.data : i));
      label = edit.type === 'rename' ? `Reword parked point ${quote(item.text)}` : `${edit.done ? 'Tick off' : 'Reopen'} parked point ${quote(item.text)}`;
    }
  }
  return metaEdit(doc, { parkingLot: next }, label);
}
