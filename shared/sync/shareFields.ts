import { jsonEqual } from './jsonEqual';

/**
 * A record read again after a change, with every field whose value did not change taken from
 * the old record: a rename keeps the node's `tags` array (and every other list or object) the
 * very same value, so selectors that compare fields by identity (the lens, the picture) see
 * only what really changed.
 */
export function shareFields<T extends object>(old: T, next: T): T {
  const a = old as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const key in b) {
    const value = b[key];
    if (value === null || typeof value !== 'object' || a[key] === value) continue;
    if (jsonEqual(a[key], value)) (out ??= { ...b })[key] = a[key];
  }
  return (out ?? b) as T;
}
