/** Small helpers for the plain-English sentences findings are written in (UK spelling). */

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The first few items, then "and 4 more", so a sentence stays readable on a big map. */
export function joinSome(items: readonly string[], max = 4, conjunction = 'and'): string {
  if (items.length <= max) return joinWords(items, conjunction);
  return `${items.slice(0, max).join(', ')} ${conjunction} ${items.length - max} more`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "two spaces" reads better than "2 spaces" in a sentence; big numbers stay as digits. */
export function countWords(count: number, one: string, many = `${one}s`): string {
  return `${SMALL[count] ?? count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** A label as a lower-case phrase inside a sentence, unless it starts with an acronym. */
export function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
