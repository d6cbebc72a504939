import type { MapDocument } from '../editing/mapDocument';
import { customFieldsInUse } from '../editing/customFieldsInUse';
import { CUSTOM_LENS_PREFIX, customFieldsOf, customValueText, type CustomLensField, type MapNode } from '../model';

/** The custom field a lens field names, or null for a built-in field. */
export function customFieldName(field: string): string | null {
  return field.startsWith(CUSTOM_LENS_PREFIX) ? field.slice(CUSTOM_LENS_PREFIX.length) : null;
}

export function customLensField(name: string): CustomLensField {
  return `${CUSTOM_LENS_PREFIX}${name}`;
}

/** The node custom fields a lens can use, and whether each holds only numbers (so can size nodes). */
export function customLensFields(doc: MapDocument): { id: CustomLensField; label: string; type: 'category' | 'number' }[] {
  return customFieldsInUse(doc)
    .filter((u) => u.on === 'node')
    .map((u) => ({ id: customLensField(u.name), label: u.name, type: u.type === 'number' ? 'number' : 'category' }));
}

const BAND_COUNT = 5;
const format = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB', { maximumFractionDigits: 2 }));

/**
 * How nodes fall into the categories of a custom field: by their value as text, or — when
 * every value is a number — into five equal bands from the lowest value to the highest, so
 * colour and size run from low to high.
 */
export function customFieldPlan(name: string, doc: MapDocument, notSetKey: string) {
  const valueOf = (n: MapNode) => customFieldsOf(n)[name];
  const values = Object.values(doc.nodes).map(valueOf).filter((v) => v !== undefined && v !== '');
  const numeric = values.length > 0 && values.every((v) => typeof v === 'number');
  if (!numeric) {
    return {
      keyOf: (n: MapNode) => {
        const v = valueOf(n);
        return v === undefined || v === '' ? notSetKey : customValueText(v).slice(0, 200);
      },
      known: [] as { key: string; label: string }[],
      type: 'ranked' as const,
      specialLabels: { [notSetKey]: `No ${name}` },
    };
  }
  const numbers = values as number[];
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const width = (max - min) / BAND_COUNT;
  const bands = width === 0 ? [{ key: '0', label: format(min) }] : Array.from({ length: BAND_COUNT }, (_, i) => ({ key: String(i), label: `${format(min + i * width)} to ${format(i === BAND_COUNT - 1 ? max : min + (i + 1) * width)}` }));
  return {
    keyOf: (n: MapNode) => {
      const v = valueOf(n);
      if (typeof v !== 'number') return notSetKey;
      return width === 0 ? '0' : String(Math.min(BAND_COUNT - 1, Math.floor((v - min) / width)));
    },
    known: bands,
    type: 'bands' as const,
    specialLabels: { [notSetKey]: `No ${name}` },
  };
}
