import { customFieldsInUse, type CustomFieldUse } from '../editing/customFieldsInUse';
import { documentFromSnapshot } from '../editing/mapDocument';
import { customFieldsOf, type CustomValue, type MapSnapshot } from '../model';

/** A custom field as an export writes it: the field, and the column or attribute name it gets. */
export interface CustomColumn extends CustomFieldUse {
  readonly title: string;
}

/**
 * The custom fields an export writes, for nodes and for links. A field whose name is already
 * one of the export's own columns ("Type") gets " (custom)" added, so neither hides the other.
 */
export function customColumns(snapshot: MapSnapshot, reserved: { node: readonly string[]; link: readonly string[] }): { node: CustomColumn[]; link: CustomColumn[] } {
  const uses = customFieldsInUse(documentFromSnapshot(snapshot));
  const titled = (on: 'node' | 'link') => {
    const taken = new Set(reserved[on].map((r) => r.toLowerCase()));
    return uses
      .filter((u) => u.on === on)
      .map((u) => {
        let title = u.name;
        while (taken.has(title.toLowerCase())) title = `${title} (custom)`;
        taken.add(title.toLowerCase());
        return { ...u, title };
      });
  };
  return { node: titled('node'), link: titled('link') };
}

/** A record's value for a custom column, as a spreadsheet cell. */
export function customCell(record: { readonly customFields?: Readonly<Record<string, CustomValue>> | undefined }, column: CustomColumn): string | number {
  const value = customFieldsOf(record)[column.name];
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
