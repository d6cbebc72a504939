import { customFieldsOf, type CustomValue } from '../model';
import type { MapDocument } from './mapDocument';

export type CustomFieldType = 'number' | 'text' | 'yesNo' | 'mixed';

/** One custom field as the map uses it: where it appears, how often, and what it holds. */
export interface CustomFieldUse {
  readonly name: string;
  readonly on: 'node' | 'link';
  /** How many nodes (or links) have a value for it. */
  readonly count: number;
  readonly type: CustomFieldType;
}

function typeOf(value: CustomValue): Exclude<CustomFieldType, 'mixed'> {
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'yesNo' : 'text';
}

function collect(records: Iterable<{ customFields?: Readonly<Record<string, CustomValue>> | undefined }>, on: 'node' | 'link'): CustomFieldUse[] {
  const found = new Map<string, { count: number; type: CustomFieldType }>();
  for (const record of records) {
    for (const [name, value] of Object.entries(customFieldsOf(record))) {
      // An empty text is a field someone cleared, not a value to count or colour by.
      if (value === '') continue;
      const seen = found.get(name);
      const type = typeOf(value);
      if (!seen) found.set(name, { count: 1, type });
      else found.set(name, { count: seen.count + 1, type: seen.type === type ? type : 'mixed' });
    }
  }
  return [...found].map(([name, use]) => ({ name, on, ...use })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** Every custom field on the map's nodes, then on its links, by name. */
export function customFieldsInUse(doc: MapDocument): CustomFieldUse[] {
  return [...collect(Object.values(doc.nodes), 'node'), ...collect(Object.values(doc.links), 'link')];
}
