import type { Id } from '../model';

/**
 * Where each entry of a list goes, as `_order` numbers. Entries that keep their relative place
 * keep their number, so adding one entry writes only that entry, and two people adding at the
 * same time both keep theirs (ties are broken by id when read). New entries take numbers
 * between their neighbours; if the list was reordered, every entry is renumbered.
 */
export function planOrders(after: readonly { id: Id }[], current: (id: Id) => number | undefined): Map<Id, number> {
  const known = after.map((e) => current(e.id));
  const out = new Map<Id, number>();
  let last = -Infinity;
  let monotone = true;
  for (const o of known) {
    if (o === undefined) continue;
    if (o <= last) {
      monotone = false;
      break;
    }
    last = o;
  }
  if (!monotone) {
    after.forEach((e, i) => {
      if (known[i] !== i) out.set(e.id, i);
    });
    return out;
  }
  let i = 0;
  while (i < after.length) {
    if (known[i] !== undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < after.length && known[j] === undefined) j++;
    const lo = i > 0 ? known[i - 1] : undefined;
    const hi = j < after.length ? known[j] : undefined;
    const n = j - i;
    for (let k = 0; k < n; k++) {
      let v: number;
      if (lo === undefined && hi === undefined) v = k;
      else if (hi === undefined) v = lo! + k + 1;
      else if (lo === undefined) v = hi - (n - k);
      else v = lo + ((hi - lo) * (k + 1)) / (n + 1);
      out.set(after[i + k]!.id, v);
    }
    i = j;
  }
  return out;
}
