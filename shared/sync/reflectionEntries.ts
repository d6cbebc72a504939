import { currentLevels } from '../goodHelp/reflectionHistory';
import { REFLECTION_RECORD, upgradeRecord } from '../model';

/**
 * A node's reflections in its `Y.Map`: one key per reflection (`r:<id>`), not one `reflections`
 * array, so two people adding a reflection to one node at once both keep theirs, and removing
 * one never rewrites the others. Each entry holds the reflection's fields, its version (`_v`,
 * REFLECTION_RECORD) and its place in the order it was recorded (`_o`; reflections on one day
 * keep that order, ties between two recorded at once go by id).
 *
 * Nodes written before (node version 2) hold the array under `reflections`: it is read as it
 * is, and the next write of the node rewrites it as entries (see writePatch's whole rewrite of
 * a record from an older version).
 *
 * The node's current levels (`selfAssessment`) follow from its reflections, so only the levels
 * no reflection speaks to (recorded before history was kept) are stored; the rest are worked
 * out again when read, so two reflections recorded at once both count, and a level is never
 * left behind by a reflection someone else removed.
 */
export const REFLECTION_PREFIX = 'r:';
const LEGACY_KEY = 'reflections';

type Fields = Record<string, unknown>;

export function isReflectionKey(key: string): boolean {
  return key.startsWith(REFLECTION_PREFIX);
}

/**
 * Writes a node's `reflections` as entries into `out`, with the levels they do not explain;
 * returns whether the node has reflections (then `reflections` and `selfAssessment` are done).
 */
export function storeReflections(record: Readonly<Fields>, out: Fields, keepDefaults: boolean): boolean {
  const list = record[LEGACY_KEY];
  if (!Array.isArray(list)) return false;
  list.forEach((reflection: Fields, order) => {
    const { id, ...rest } = reflection;
    out[`${REFLECTION_PREFIX}${String(id)}`] = { ...rest, _v: REFLECTION_RECORD.version, _o: order };
  });
  const derived = list.every(isReflectionLike) ? currentLevels(list as Parameters<typeof currentLevels>[0]) : {};
  const own = Object.fromEntries(Object.entries((record.selfAssessment ?? {}) as Fields).filter(([c]) => !(c in derived)));
  if (keepDefaults || Object.keys(own).length) out.selfAssessment = own;
  return true;
}

/** Folds a stored node's entries (and an older array) back into `reflections`, in place. */
export function readReflections(stored: Fields): void {
  const found: { value: unknown; order: number; id: string }[] = [];
  const seen = new Set<string>();
  for (const key of Object.keys(stored)) {
    if (!isReflectionKey(key)) continue;
    const id = key.slice(REFLECTION_PREFIX.length);
    const entry = stored[key];
    delete stored[key];
    if (typeof entry !== 'object' || entry === null) {
      // Left for the node's schema to refuse, by name, rather than dropped unseen.
      found.push({ value: entry, order: Number.MAX_SAFE_INTEGER, id });
      continue;
    }
    const { _v, _o, ...fields } = entry as Fields;
    const read = upgradeRecord(REFLECTION_RECORD, { ...fields, id }, typeof _v === 'number' ? _v : 1);
    found.push({ value: read.ok ? read.value : { ...fields, id }, order: typeof _o === 'number' ? _o : 0, id });
    seen.add(id);
  }
  const legacy = stored[LEGACY_KEY];
  if (Array.isArray(legacy)) {
    legacy.forEach((value: unknown, order) => {
      const id = typeof value === 'object' && value !== null ? String((value as Fields).id) : '';
      if (!seen.has(id)) found.push({ value, order, id });
    });
  }
  if (found.length === 0) return;
  found.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const reflections = found.map((f) => f.value);
  stored[LEGACY_KEY] = reflections;
  if (reflections.every(isReflectionLike)) {
    const levels = currentLevels(reflections as Parameters<typeof currentLevels>[0]);
    const own = typeof stored.selfAssessment === 'object' && stored.selfAssessment !== null ? stored.selfAssessment : {};
    stored.selfAssessment = { ...own, ...levels };
  }
}

function isReflectionLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Fields).date === 'string' && typeof (value as Fields).levels === 'object' && (value as Fields).levels !== null;
}
