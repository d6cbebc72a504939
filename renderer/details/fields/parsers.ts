/** "housing, food,  , debt" → ["housing", "food", "debt"]. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function formatList(values: readonly string[]): string {
  return values.join(', ');
}

/** Empty means "not recorded"; anything else must be a number. */
export function parseOptionalNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : 'invalid';
}
