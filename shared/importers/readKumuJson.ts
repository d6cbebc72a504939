import { z } from 'zod';
import { FileProblem } from '../files/fileProblem';
import type { ImportBatch, ImportedConnection, ImportedElement } from './importBatch';
import { matchKind, matchLinkType } from './vocabularyMatch';

const text = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const attributes = z.record(z.string(), z.unknown()).default({});
const kumuSchema = z.object({
  elements: z.array(z.object({ _id: z.string().max(100).optional(), id: z.string().max(100).optional(), attributes })).max(200_000).default([]),
  connections: z
    .array(z.object({ _id: z.string().max(100).optional(), id: z.string().max(100).optional(), from: text, to: text, attributes, direction: z.string().optional() }))
    .max(1_000_000)
    .default([]),
  maps: z.array(z.object({ elements: z.array(z.object({ element: z.string(), position: z.object({ x: z.number().finite(), y: z.number().finite() }).optional() })).max(200_000).default([]) })).max(100).default([]),
});

/** Whether parsed JSON is Kumu's export (elements and connections), not one of our files. */
export function isKumuJson(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && ('elements' in raw || 'connections' in raw) && !('format' in raw);
}

/**
 * Kumu's JSON export: elements with their attributes, connections between element ids, and
 * maps holding positions (the first map's positions are used).
 */
export function readKumuJson(fileName: string, raw: unknown): ImportBatch {
  const parsed = kumuSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [list, index, ...rest] = issue.path.map(String);
    const record = list && index && /^\d+$/.test(index) ? `${list.replace(/s$/, '')} ${Number(index) + 1}` : undefined;
    throw new FileProblem(fileName, `${issue.message}.`, { ...(record ? { record } : {}), ...(rest.length ? { field: rest.join('.') } : {}) });
  }
  const { elements, connections, maps } = parsed.data;
  const positions = new Map((maps[0]?.elements ?? []).filter((e) => e.position).map((e) => [e.element, e.position!]));
  const warnings: string[] = [];
  const attr = (a: Record<string, unknown>, ...names: string[]) => {
    for (const name of names) {
      const value = a[name];
      if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
      if (Array.isArray(value)) return value.map(String).join(' | ');
    }
    return '';
  };
  const list = (a: Record<string, unknown>, name: string) => {
    const value = a[name];
    if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean).slice(0, 100);
    return typeof value === 'string' && value.trim() ? value.split('|').map((v) => v.trim()).filter(Boolean) : undefined;
  };
  let unnamed = 0;
  const out: ImportedElement[] = [];
  elements.forEach((e, i) => {
    const id = e._id ?? e.id;
    const name = attr(e.attributes, 'label', 'name');
    if (!name) return void unnamed++;
    const typeText = attr(e.attributes, 'element type', 'type');
    const kind = matchKind(typeText) ?? 'organisation';
    const position = id ? positions.get(id) : undefined;
    const tags = list(e.attributes, 'tags');
    const description = attr(e.attributes, 'description');
    out.push({
      place: { fileName, record: `element ${i + 1}` },
      ...(id ? { id } : {}),
      name: name.slice(0, 200),
      kind,
      ...(description ? { notes: description } : {}),
      ...(tags ? { tags } : {}),
      ...(typeText && !matchKind(typeText) && kind === 'organisation' ? { orgType: typeText.slice(0, 500) } : {}),
      ...(position ? { x: position.x, y: position.y } : {}),
    });
  });
  if (unnamed) warnings.push(`${fileName}: ${unnamed} element${unnamed === 1 ? '' : 's'} without a label ${unnamed === 1 ? 'was' : 'were'} skipped.`);
  const links: ImportedConnection[] = connections.map((c, i) => {
    const typeText = attr(c.attributes, 'connection type', 'type');
    const description = attr(c.attributes, 'description');
    const id = c._id ?? c.id;
    const direction = c.direction ?? attr(c.attributes, 'direction');
    return {
      place: { fileName, record: `connection ${i + 1}` },
      ...(id ? { id } : {}),
      from: c.from,
      to: c.to,
      type: typeText ? matchLinkType(typeText) : null,
      ...(description ? { notes: description } : {}),
      ...(direction ? { directed: direction === 'directed' } : {}),
    };
  });
  return { elements: out, connections: links, warnings };
}
