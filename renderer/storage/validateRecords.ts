import type { z } from 'zod';

export interface ValidatedRecords<T> {
  readonly valid: T[];
  /** One plain-English line per record that could not be read. */
  readonly problems: string[];
}

/**
 * Stored records are checked on load like any other input: a record damaged by an old bug or
 * a disk fault is left out and reported, and never stops the rest of the map from opening.
 */
export function validateRecords<T>(
  rows: readonly unknown[],
  schema: z.ZodType<T>,
  describe: (row: unknown, index: number) => string,
): ValidatedRecords<T> {
  const valid: T[] = [];
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      problems.push(`${describe(row, index)} could not be read${where}: ${issue?.message ?? 'invalid'}`);
    }
  });
  return { valid, problems };
}

export function describeStoredRecord(kind: string) {
  return (row: unknown, index: number): string => {
    const name = typeof row === 'object' && row !== null && 'name' in row ? String((row as { name: unknown }).name) : '';
    return name ? `${kind} "${name.slice(0, 60)}"` : `${kind} ${index + 1}`;
  };
}
