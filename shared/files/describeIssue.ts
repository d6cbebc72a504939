import type { z } from 'zod';
import { quote } from './fileProblem';

const RECORD_WORDS: Record<string, string> = { nodes: 'node', links: 'link', views: 'view' };

/**
 * Where in a map file a zod issue is, in words: “node 13 (“Food bank”)” and the field path,
 * so the user (or whoever made the file) can find it.
 */
export function locateIssue(raw: unknown, issue: z.core.$ZodIssue): { record?: string; field?: string } {
  const path = issue.path.map(String);
  const [collection, index, ...rest] = path;
  if (collection && RECORD_WORDS[collection] && index !== undefined && /^\d+$/.test(index)) {
    const list = (raw as Record<string, unknown>)[collection];
    const item = Array.isArray(list) ? (list[Number(index)] as Record<string, unknown> | undefined) : undefined;
    const label = item && typeof item.name === 'string' ? ` (“${quote(item.name)}”)` : '';
    return { record: `${RECORD_WORDS[collection]} ${Number(index) + 1}${label}`, ...(rest.length ? { field: rest.join('.') } : {}) };
  }
  return path.length ? { field: path.join('.') } : {};
}
