import type { MapDocument } from '../editing/mapDocument';
import {
  EVALUATION_CATEGORIES,
  EVALUATION_CATEGORY_LABELS,
  NODE_KINDS,
  NODE_KIND_LABELS,
  ORGANISATION_TYPES,
  REFLECTION_LEVEL_LABELS,
  type LensField,
  type MapNode,
} from '../model';
import type { Connectedness } from './connectedness';
import { customFieldName, customFieldPlan } from './customFieldScale';
import { characteristicOf, lensFieldInfo } from './lensFields';
import {
  CATEGORY_COLOURS,
  NOT_APPLICABLE_COLOUR,
  NOT_SET_COLOUR,
  OTHER_COLOUR,
  SEQUENTIAL_COLOURS,
  swatch,
  type Swatch,
} from './palettes';

export const OTHER_KEY = '~other';
export const NOT_SET_KEY = '~none';
export const NOT_APPLICABLE_KEY = '~na';

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  readonly swatch: Swatch & { readonly border?: string };
  readonly count: number;
  readonly role: 'value' | 'other' | 'notSet' | 'notApplicable';
  /** For number fields, 0 (lowest band) to 1 (highest); what size-by scales with. */
  readonly level: number | null;
}

/** One field's categories (or number bands) on this map, and which one each node falls in. */
export interface FieldScale {
  readonly field: LensField;
  readonly title: string;
  /** In legend order; only categories that some node falls in. */
  readonly entries: readonly LegendEntry[];
  /** Node id → the entry it falls in. */
  readonly entryOf: ReadonlyMap<string, LegendEntry>;
}

export interface ScaleContext {
  readonly doc: MapDocument;
  /** The network measures, or null while they are being worked out. */
  readonly network: Connectedness | null;
  /** Each node's areas (from shared/analysis nodeAreas), by node id. */
  readonly areasOf: ReadonlyMap<string, readonly string[]>;
}

/** The standard look of each kind (theme.css), so "colour by kind" is the map as people know it. */
export const KIND_LOOKS = {
  person: { fill: '#fdf0e6', ink: '#7a3410', border: '#b8561b' },
  organisation: { fill: '#e7effc', ink: '#1a3f80', border: '#2d5fb8' },
  space: { fill: '#e5f5ef', ink: '#0f533a', border: '#1b7a57' },
  project: { fill: '#f1eafa', ink: '#4a2585', border: '#6b3fb0' },
} as const;

const EVALUATION_SHORT: Record<(typeof EVALUATION_CATEGORIES)[number], string> = {
  showcase: EVALUATION_CATEGORY_LABELS.showcase,
  tweak: EVALUATION_CATEGORY_LABELS.tweak,
  bigOpportunity: EVALUATION_CATEGORY_LABELS.bigOpportunity,
  unknownOpportunity: EVALUATION_CATEGORY_LABELS.unknownOpportunity,
};

interface Band {
  readonly key: string;
  readonly label: string;
}
const DEGREE_BANDS: readonly (Band & { readonly min: number })[] = [
  { key: '0', label: 'No links', min: 0 },
  { key: '1', label: '1 link', min: 1 },
  { key: '2', label: '2–3 links', min: 2 },
  { key: '4', label: '4–7 links', min: 4 },
  { key: '8', label: '8–15 links', min: 8 },
  { key: '16', label: '16 or more links', min: 16 },
];
const BROKERAGE_BANDS: readonly (Band & { readonly above: number })[] = [
  { key: 'none', label: 'Not between others', above: -1 },
  { key: 'low', label: 'A little', above: 0 },
  { key: 'some', label: 'Some', above: 0.1 },
  { key: 'high', label: 'A lot', above: 0.3 },
  { key: 'top', label: 'The main brokers', above: 0.6 },
];
const LEVEL_BANDS: readonly Band[] = ([1, 2, 3, 4] as const).map((n) => ({ key: String(n), label: `${n}. ${REFLECTION_LEVEL_LABELS[n]}` }));

type Categoriser = (node: MapNode) => string;
interface Plan {
  readonly keyOf: Categoriser;
  /** Known values in legend order with their labels; keys not listed are data-driven. */
  readonly known: readonly Band[];
  readonly type: 'fixed' | 'ranked' | 'bands';
  readonly fixedSwatches?: Readonly<Record<string, LegendEntry['swatch']>>;
  readonly labelOf?: (key: string) => string;
  readonly specialLabels: Partial<Record<string, string>>;
}

/** How a node falls into a category of `field`. Pure, so tests and the legend use the same rule. */
function planFor(field: LensField, ctx: ScaleContext): Plan {
  const { doc, network } = ctx;
  const characteristic = characteristicOf(field);
  if (characteristic) {
    return {
      keyOf: (n) => String(n.selfAssessment[characteristic] ?? NOT_SET_KEY),
      known: LEVEL_BANDS,
      type: 'bands',
      specialLabels: { [NOT_SET_KEY]: 'Not assessed' },
    };
  }
  const custom = customFieldName(field);
  if (custom !== null) return customFieldPlan(custom, doc, NOT_SET_KEY);
  // A node missing from the measures was added since they were last worked out.
  const pending = { [NOT_SET_KEY]: 'Being worked out…' };
  switch (field) {
    case 'kind':
      return {
        keyOf: (n) => n.kind,
        known: NODE_KINDS.map((k) => ({ key: k, label: NODE_KIND_LABELS[k] })),
        type: 'fixed',
        fixedSwatches: KIND_LOOKS,
        specialLabels: {},
      };
    case 'evaluationCategory':
      return {
        keyOf: (n) => (n.kind !== 'project' ? NOT_APPLICABLE_KEY : (n.evaluationCategory ?? NOT_SET_KEY)),
        known: EVALUATION_CATEGORIES.map((c) => ({ key: c, label: EVALUATION_SHORT[c] })),
        type: 'fixed',
        // Good news green and blue, "needs work" orange and vermillion.
        fixedSwatches: {
          showcase: swatch(CATEGORY_COLOURS[2]!),
          tweak: swatch(CATEGORY_COLOURS[4]!),
          bigOpportunity: swatch(CATEGORY_COLOURS[1]!),
          unknownOpportunity: swatch(CATEGORY_COLOURS[5]!),
        },
        specialLabels: { [NOT_SET_KEY]: 'Project not yet evaluated', [NOT_APPLICABLE_KEY]: 'Not a project' },
      };
    case 'reflected':
      return {
        keyOf: (n) => (n.kind === 'person' ? NOT_APPLICABLE_KEY : Object.keys(n.selfAssessment).length > 0 ? 'reflected' : NOT_SET_KEY),
        known: [{ key: 'reflected', label: 'Has reflected' }],
        type: 'fixed',
        fixedSwatches: { reflected: swatch(CATEGORY_COLOURS[2]!) },
        specialLabels: { [NOT_SET_KEY]: 'Not yet reflected', [NOT_APPLICABLE_KEY]: 'A person (people do not reflect here)' },
      };
    case 'area': {
      const names = new Map(doc.meta.areas.map((a) => [a.id, a.name]));
      return {
        keyOf: (n) => {
          const areas = ctx.areasOf.get(n.id) ?? [];
          return areas.length === 0 ? NOT_SET_KEY : areas.length > 1 ? 'several' : areas[0]!;
        },
        known: [...doc.meta.areas.map((a) => ({ key: a.id, label: a.name })), { key: 'several', label: 'More than one area' }],
        type: 'ranked',
        labelOf: (k) => names.get(k) ?? k,
        specialLabels: { [NOT_SET_KEY]: 'No area' },
      };
    }
    case 'orgType':
      return {
        keyOf: (n) => (n.kind !== 'organisation' ? NOT_APPLICABLE_KEY : n.orgType.trim() || NOT_SET_KEY),
        known: ORGANISATION_TYPES.map((t) => ({ key: t, label: t })),
        type: 'ranked',
        specialLabels: { [NOT_SET_KEY]: 'Type not recorded', [NOT_APPLICABLE_KEY]: 'Not an organisation' },
      };
    case 'tag': {
      const counts = new Map<string, number>();
      for (const n of Object.values(doc.nodes)) for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      return {
        keyOf: (n) => {
          let best: string | null = null;
          for (const t of n.tags) {
            if (best === null || counts.get(t)! > counts.get(best)! || (counts.get(t) === counts.get(best) && t < best)) best = t;
          }
          return best ?? NOT_SET_KEY;
        },
        known: [],
        type: 'ranked',
        specialLabels: { [NOT_SET_KEY]: 'No tags' },
      };
    }
    case 'community':
      return {
        keyOf: (n) => {
          const c = network?.community.get(n.id);
          if (c === undefined) return NOT_SET_KEY;
          return (network!.communitySizes[c] ?? 0) < 2 ? NOT_APPLICABLE_KEY : String(c);
        },
        known: [],
        type: 'ranked',
        labelOf: (k) => `Group ${Number(k) + 1}`,
        specialLabels: { ...pending, [NOT_APPLICABLE_KEY]: 'On its own (no links)' },
      };
    case 'degree':
      return {
        keyOf: (n) => {
          const d = network?.degree.get(n.id);
          if (d === undefined) return NOT_SET_KEY;
          return [...DEGREE_BANDS].reverse().find((b) => d >= b.min)!.key;
        },
        known: DEGREE_BANDS,
        type: 'bands',
        specialLabels: pending,
      };
    case 'betweenness':
      return {
        keyOf: (n) => {
          const b = network?.brokerage.get(n.id);
          if (b === undefined) return NOT_SET_KEY;
          return b === 0 ? 'none' : [...BROKERAGE_BANDS].reverse().find((band) => b > band.above)!.key;
        },
        known: BROKERAGE_BANDS,
        type: 'bands',
        specialLabels: pending,
      };
    default:
      throw new Error(`Unknown lens field ${String(field)}`);
  }
}

const SPECIAL: Record<string, { role: LegendEntry['role']; fill: string }> = {
  [OTHER_KEY]: { role: 'other', fill: OTHER_COLOUR },
  [NOT_SET_KEY]: { role: 'notSet', fill: NOT_SET_COLOUR },
  [NOT_APPLICABLE_KEY]: { role: 'notApplicable', fill: NOT_APPLICABLE_COLOUR },
};

/**
 * Sorts every node of the map into the categories (or bands) of one field and gives each
 * category its colour. The legend is this scale's entries and each node's look is its entry's
 * swatch, so the legend and the map cannot disagree.
 */
export function fieldScale(field: LensField, ctx: ScaleContext): FieldScale {
  const plan = planFor(field, ctx);
  const nodes = Object.values(ctx.doc.nodes);
  const keyOfNode = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const key = plan.keyOf(node);
    keyOfNode.set(node.id, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const knownOrder = new Map(plan.known.map((b, i) => [b.key, i]));
  const values = [...counts.keys()].filter((k) => !(k in SPECIAL));
  if (plan.type === 'ranked') {
    // Listed values first in their own order, then the rest by how common they are.
    values.sort(
      (a, b) =>
        (knownOrder.get(a) ?? Infinity) - (knownOrder.get(b) ?? Infinity) ||
        counts.get(b)! - counts.get(a)! ||
        (plan.type === 'ranked' && /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a.localeCompare(b, 'en-GB')),
    );
  } else {
    values.sort((a, b) => (knownOrder.get(a) ?? Infinity) - (knownOrder.get(b) ?? Infinity));
  }
  const labelFor = (key: string) => plan.known.find((b) => b.key === key)?.label ?? plan.labelOf?.(key) ?? key;
  const entries: LegendEntry[] = [];
  const entryByKey = new Map<string, LegendEntry>();
  let otherCount = 0;
  const folded = new Set<string>();
  values.forEach((key, i) => {
    let entrySwatch: LegendEntry['swatch'];
    let level: number | null = null;
    if (plan.type === 'fixed') entrySwatch = plan.fixedSwatches![key]!;
    else if (plan.type === 'bands') {
      const band = knownOrder.get(key)!;
      level = plan.known.length > 1 ? band / (plan.known.length - 1) : 1;
      entrySwatch = swatch(SEQUENTIAL_COLOURS[Math.round(level * (SEQUENTIAL_COLOURS.length - 1))]!);
    } else if (i < CATEGORY_COLOURS.length) entrySwatch = swatch(CATEGORY_COLOURS[i]!);
    else {
      folded.add(key);
      otherCount += counts.get(key)!;
      return;
    }
    const entry: LegendEntry = { key, label: labelFor(key), swatch: entrySwatch, count: counts.get(key)!, role: 'value', level };
    entries.push(entry);
    entryByKey.set(key, entry);
  });
  if (otherCount > 0) counts.set(OTHER_KEY, otherCount);
  for (const key of [OTHER_KEY, NOT_SET_KEY, NOT_APPLICABLE_KEY]) {
    const count = counts.get(key);
    if (!count) continue;
    const special = SPECIAL[key]!;
    const label = key === OTHER_KEY ? `Other (${folded.size} more)` : (plan.specialLabels[key] ?? 'Not recorded');
    const entry: LegendEntry = { key, label, swatch: swatch(special.fill), count, role: special.role, level: null };
    entries.push(entry);
    entryByKey.set(key, entry);
  }
  const entryOf = new Map<string, LegendEntry>();
  for (const [id, key] of keyOfNode) entryOf.set(id, entryByKey.get(folded.has(key) ? OTHER_KEY : key)!);
  return { field, title: lensFieldInfo(field).legendTitle, entries, entryOf };
}
