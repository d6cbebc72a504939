import { customFieldNameSchema, parseCustomValue, MAX_CUSTOM_FIELDS, MAX_CUSTOM_TEXT_CHARS, type CustomFields, type CustomValue } from '../model';
import type { TablePlan } from './columnMapping';

const CUSTOM_SUFFIX = ' (custom)';

/**
 * The columns of a table that no field of ours is mapped to, named by their headers: these
 * become custom fields on each row's node or link. Headers that cannot name a field (empty,
 * "__proto__") and repeats are left out, and at most MAX_CUSTOM_FIELDS are kept. Our exports
 * write a custom field whose name is taken as "Name (custom)" (shared/exporters/customColumns.ts);
 * the suffix comes off again where the plain name is free, so a round trip keeps the name.
 */
export function otherColumns(plan: TablePlan): { index: number; name: string }[] {
  if (plan.keepOtherColumns === false || plan.role === 'ignore') return [];
  const used = new Set<number>(Object.values(plan.role === 'connections' ? plan.connections : plan.elements).filter((v): v is number => v !== undefined));
  // Only another unmapped column can already hold the plain name: a mapped one ("Type") is ours.
  const headers = new Set(plan.table.headers.filter((_, index) => !used.has(index)));
  const names = new Set<string>();
  const out: { index: number; name: string }[] = [];
  plan.table.headers.forEach((header, index) => {
    if (used.has(index) || out.length >= MAX_CUSTOM_FIELDS) return;
    const parsed = customFieldNameSchema.safeParse(header);
    if (!parsed.success) return;
    const plain = parsed.data.endsWith(CUSTOM_SUFFIX) ? parsed.data.slice(0, -CUSTOM_SUFFIX.length) : null;
    const name = plain && !headers.has(plain) && !names.has(plain) && customFieldNameSchema.safeParse(plain).success ? plain : parsed.data;
    if (names.has(name)) return;
    names.add(name);
    out.push({ index, name });
  });
  return out;
}

/** One row's custom fields from those columns; empty cells are not values. */
export function customFieldsOfRow(row: readonly string[], columns: readonly { index: number; name: string }[], extra: Record<string, CustomValue> = {}): CustomFields | undefined {
  const fields: Record<string, CustomValue> = {};
  for (const { index, name } of columns) {
    const cell = row[index] ?? '';
    if (cell !== '') fields[name] = parseCustomValue(cell.slice(0, MAX_CUSTOM_TEXT_CHARS));
  }
  for (const [name, value] of Object.entries(extra)) if (!Object.hasOwn(fields, name)) fields[name] = value;
  return Object.keys(fields).length ? fields : undefined;
}
