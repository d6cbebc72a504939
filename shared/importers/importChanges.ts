import type { MapDocument } from '../editing/mapDocument';
import type { MapLink, MapNode } from '../model';

/** What an import adds and changes, by name, so a re-run of a feed can say what is different. */
export interface PlanChanges {
  readonly added: readonly string[];
  readonly updated: readonly { readonly name: string; readonly fields: readonly string[] }[];
}

const FIELD_NAMES: Record<string, string> = {
  name: 'name',
  notes: 'notes',
  tags: 'tags',
  role: 'role',
  contact: 'contact details',
  orgType: 'type',
  website: 'website',
  helpTopics: 'help topics',
  areasServed: 'areas served',
  areaId: 'area',
  address: 'address',
  postcode: 'postcode',
  sessions: 'opening times',
  customFields: 'custom fields',
  x: 'position',
  y: 'position',
};

/** Whether two records hold the same values, whatever order their fields are in. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function describeChanges(doc: MapDocument, nodes: readonly MapNode[], links: readonly MapLink[]): PlanChanges {
  const added: string[] = [];
  const updated: { name: string; fields: string[] }[] = [];
  for (const node of nodes) {
    const before = doc.nodes[node.id] as Record<string, unknown> | undefined;
    if (!before) {
      added.push(node.name);
      continue;
    }
    const after = node as unknown as Record<string, unknown>;
    const fields = [...new Set(Object.keys({ ...before, ...after }).filter((k) => !sameRecord(before[k], after[k])).map((k) => FIELD_NAMES[k] ?? k))];
    updated.push({ name: before.name !== node.name ? `${String(before.name)} → ${node.name}` : node.name, fields });
  }
  const linkChanges = links.filter((l) => doc.links[l.id]).length;
  if (linkChanges) updated.push({ name: `${linkChanges} link${linkChanges === 1 ? '' : 's'}`, fields: [] });
  return { added, updated };
}
