import {
  CATEGORY_LENS_FIELDS,
  CHARACTERISTICS,
  CHARACTERISTIC_LABELS,
  LENS_FIELDS,
  type Characteristic,
  type LensField,
  type NumberLensField,
} from '../model';
import { customFieldName } from './customFieldScale';

export interface LensFieldInfo {
  readonly id: LensField;
  readonly label: string;
  /** Categories get distinct colours; numbers a light-to-dark ramp and can set a node's size. */
  readonly type: 'category' | 'number';
  /** Says what the colours mean, above the legend. */
  readonly legendTitle: string;
  /** Needs the network measures, which are worked out after the map changes. */
  readonly network: boolean;
}

const BASE: Record<Exclude<LensField, `goodHelp.${string}` | `custom.${string}`>, Omit<LensFieldInfo, 'id'>> = {
  kind: { label: 'Kind', type: 'category', legendTitle: 'Kind of node', network: false },
  area: { label: 'Area', type: 'category', legendTitle: 'Area (people and projects take the areas of the spaces they are linked to)', network: false },
  tag: { label: 'Tag', type: 'category', legendTitle: 'Tag (each node by its most common tag)', network: false },
  orgType: { label: 'Organisation type', type: 'category', legendTitle: 'Organisation type', network: false },
  evaluationCategory: { label: 'Evaluation category', type: 'category', legendTitle: 'Project evaluation category', network: false },
  reflected: { label: 'Good Help: has reflected', type: 'category', legendTitle: 'Good Help reflection on the seven characteristics', network: false },
  community: { label: 'Community', type: 'category', legendTitle: 'Community: groups that link mostly to each other', network: true },
  degree: { label: 'Number of links', type: 'number', legendTitle: 'Number of links', network: true },
  betweenness: { label: 'Brokerage (sits between others)', type: 'number', legendTitle: 'Brokerage: how often a node sits on the routes between others', network: true },
};

export function characteristicOf(field: LensField): Characteristic | null {
  if (!field.startsWith('goodHelp.')) return null;
  const c = field.slice('goodHelp.'.length) as Characteristic;
  return CHARACTERISTICS.includes(c) ? c : null;
}

export function lensFieldInfo(field: LensField): LensFieldInfo {
  const characteristic = characteristicOf(field);
  if (characteristic) {
    const label = CHARACTERISTIC_LABELS[characteristic];
    return { id: field, label: `Good Help: ${label}`, type: 'number', legendTitle: `Good Help reflection: ${label}`, network: false };
  }
  const custom = customFieldName(field);
  // Whether a custom field holds numbers depends on the map: customLensFields says which do.
  if (custom !== null) return { id: field, label: custom, type: 'category', legendTitle: `Custom field: ${custom}`, network: false };
  return { id: field, ...BASE[field as keyof typeof BASE] };
}

export const LENS_FIELD_INFO: readonly LensFieldInfo[] = LENS_FIELDS.map((f) => lensFieldInfo(f));
export const CATEGORY_FIELDS: readonly LensFieldInfo[] = LENS_FIELD_INFO.filter((f) => (CATEGORY_LENS_FIELDS as readonly string[]).includes(f.id));
export const NUMBER_FIELDS: readonly (LensFieldInfo & { id: NumberLensField })[] = LENS_FIELD_INFO.filter(
  (f): f is LensFieldInfo & { id: NumberLensField } => f.type === 'number',
);
