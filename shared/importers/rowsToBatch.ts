import { FileProblem } from '../files/fileProblem';
import type { ConnectionField, ElementField, TablePlan } from './columnMapping';
import { NODE_KIND_LABELS, type CustomValue } from '../model';
import type { ImportBatch, ImportedConnection, ImportedElement } from './importBatch';
import { customFieldsOfRow, otherColumns } from './otherColumns';
import { sheetRow, tableName, type Table } from './table';
import { isExactLinkWord, matchKind, matchLinkType, splitMulti } from './vocabularyMatch';

/**
 * Reads the rows of mapped tables into elements and connections. A row that cannot be read
 * stops the import with a message naming the file, row and column; rows with no name at all
 * are skipped (spreadsheets often end in blank-looking rows) and counted in a warning.
 */
export function rowsToBatch(plans: readonly TablePlan[]): ImportBatch {
  const elements: ImportedElement[] = [];
  const connections: ImportedConnection[] = [];
  const warnings: string[] = [];
  for (const plan of plans) {
    if (plan.role === 'elements') elements.push(...readElements(plan, warnings));
    if (plan.role === 'connections') connections.push(...readConnections(plan, warnings));
  }
  return { elements, connections, warnings };
}

function readElements(plan: TablePlan, warnings: string[]): ImportedElement[] {
  const { table, elements: m } = plan;
  const out: ImportedElement[] = [];
  let skipped = 0;
  let guessedKind = 0;
  const others = otherColumns(plan);
  table.rows.forEach((row, index) => {
    const cell = (field: ElementField) => (m[field] === undefined ? '' : (row[m[field]!] ?? ''));
    const place = { fileName: tableName(table), row: sheetRow(index) };
    const name = cell('name');
    if (!name) {
      skipped++;
      return;
    }
    if (name.length > 200) throw problem(table, index, header(table, m.name), 'a name can be at most 200 characters.');
    const kindText = cell('kind');
    const kind = plan.kindValues?.[kindText] ?? matchKind(kindText);
    if (!kind) guessedKind++;
    const number = (field: 'x' | 'y') => {
      const text = cell(field);
      if (!text) return undefined;
      const value = Number(text);
      if (!Number.isFinite(value) || Math.abs(value) > 1e7) throw problem(table, index, header(table, m[field]), `“${text.slice(0, 20)}” is not a number.`);
      return value;
    };
    const x = number('x');
    const y = number('y');
    // A Kumu type that is not one of our kinds ("Food bank") is kept as the organisation's type or person's role.
    const keepType = kindText && !isKindWord(kindText) ? kindText.slice(0, 500) : undefined;
    const finalKind = kind ?? plan.defaultKind;
    // Spaces and projects have no field for it, so the file's own type is kept as a custom field.
    const typeField: Record<string, CustomValue> = keepType && (finalKind === 'space' || finalKind === 'project') && !isOurLabel(keepType, NODE_KIND_LABELS) ? { 'Element type': keepType } : {};
    out.push(
      compact({
        place,
        id: cell('id') || undefined,
        name,
        kind: finalKind,
        notes: cell('description') || undefined,
        tags: cell('tags') ? splitMulti(cell('tags')) : undefined,
        areaNames: cell('area') ? splitMulti(cell('area')) : undefined,
        role: cell('role') || (finalKind === 'person' ? keepType : undefined),
        orgType: cell('orgType') || (finalKind === 'organisation' ? keepType : undefined),
        website: cell('website') || undefined,
        contact: cell('contact') || undefined,
        address: cell('address') || undefined,
        postcode: cell('postcode') || undefined,
        x: x !== undefined && y !== undefined ? x : undefined,
        y: x !== undefined && y !== undefined ? y : undefined,
        customFields: customFieldsOfRow(row, others, typeField),
      }),
    );
  });
  if (skipped) warnings.push(`${tableName(table)}: ${skipped} row${skipped === 1 ? '' : 's'} without a name ${skipped === 1 ? 'was' : 'were'} skipped.`);
  if (guessedKind) {
    warnings.push(`${tableName(table)}: ${guessedKind} row${guessedKind === 1 ? ' has' : 's have'} no kind we recognise, so ${guessedKind === 1 ? 'it becomes' : 'they become'} ${plan.defaultKind === 'organisation' ? 'an' : 'a'} ${plan.defaultKind}.`);
  }
  return out;
}

function readConnections(plan: TablePlan, warnings: string[]): ImportedConnection[] {
  const { table, connections: m } = plan;
  const out: ImportedConnection[] = [];
  const others = otherColumns(plan);
  let skipped = 0;
  table.rows.forEach((row, index) => {
    const cell = (field: ConnectionField) => (m[field] === undefined ? '' : (row[m[field]!] ?? ''));
    const from = cell('from');
    const to = cell('to');
    if (!from && !to) {
      skipped++;
      return;
    }
    if (!from) throw problem(table, index, header(table, m.from), 'the link has no start (From is empty).');
    if (!to) throw problem(table, index, header(table, m.to), 'the link has no end (To is empty).');
    const strengthText = cell('strength');
    let strength: 1 | 2 | 3 | undefined;
    if (strengthText) {
      const value = Math.round(Number(strengthText));
      if (!Number.isFinite(value)) throw problem(table, index, header(table, m.strength), `“${strengthText.slice(0, 20)}” is not a number.`);
      strength = Math.min(3, Math.max(1, value)) as 1 | 2 | 3;
    }
    const direction = cell('direction').toLowerCase();
    const typeText = cell('type');
    const type = typeText ? (plan.typeValues?.[typeText] ?? matchLinkType(typeText)) : null;
    // A type that is not plainly one of ours ("+", "value flow", "likes") is kept as it was written.
    const typeField: Record<string, CustomValue> = typeText && !isExactLinkWord(typeText) ? { 'Connection type': typeText.slice(0, 500) } : {};
    out.push(
      compact({
        place: { fileName: tableName(table), row: sheetRow(index) },
        id: cell('id') || undefined,
        from,
        to,
        type,
        notes: cell('description') || undefined,
        strength,
        directed: direction ? /^(directed|one|1|true|yes|->)/.test(direction) : undefined,
        customFields: customFieldsOfRow(row, others, typeField),
      }),
    );
  });
  if (skipped) warnings.push(`${tableName(table)}: ${skipped} empty row${skipped === 1 ? ' was' : 's were'} skipped.`);
  return out;
}

/** Whether a cell is one of our own labels or ids (as our exports write them). */
function isOurLabel(text: string, labels: Readonly<Record<string, string>>): boolean {
  const t = text.trim().toLowerCase();
  return Object.entries(labels).some(([id, label]) => t === id.toLowerCase() || t === label.toLowerCase());
}

function isKindWord(text: string): boolean {
  return /^(person|people|organi[sz]ations?|spaces?|projects?)$/i.test(text.trim());
}

function header(table: Table, column: number | undefined): string {
  return column === undefined ? '' : table.headers[column] || `column ${column + 1}`;
}

function problem(table: Table, index: number, field: string, detail: string): FileProblem {
  return new FileProblem(table.fileName, detail, {
    ...(table.sheetName ? { record: `sheet “${table.sheetName}”` } : {}),
    row: sheetRow(index),
    ...(field ? { field } : {}),
  });
}

/** Drops undefined properties, so optional fields are truly absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
