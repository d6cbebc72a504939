import type { CapturedName } from '../../shared/editing/quickCapture';
import type { NodeKind } from '../../shared/model';

const NOUNS: Record<NodeKind, [string, string]> = {
  person: ['person', 'people'],
  organisation: ['organisation', 'organisations'],
  space: ['space', 'spaces'],
  project: ['project', 'projects'],
};

/** "3 people, 2 organisations and 1 space". */
export function describeCapture(names: readonly CapturedName[]): string {
  const counts = new Map<NodeKind, number>();
  for (const n of names) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => `${count} ${NOUNS[kind][count === 1 ? 0 : 1]}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'nothing');
}
