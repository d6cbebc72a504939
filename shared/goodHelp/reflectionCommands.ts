import { NODE_SCHEMAS, newId, reflectionSchema, type Id, type MapNode, type Reflection } from '../model';
import type { EditOutcome } from '../editing/commands/editResult';
import { refuse } from '../editing/commands/editResult';
import { validationMessage } from '../editing/commands/validationMessage';
import type { MapDocument } from '../editing/mapDocument';
import { currentLevels } from './reflectionHistory';

export type ReflectionDraft = Omit<Reflection, 'id' | 'notes' | 'story' | 'by'> & Partial<Pick<Reflection, 'id' | 'notes' | 'story' | 'by'>>;

/** Kinds a reflection is for: the places and work that help, not the people. */
export function canReflect(node: MapNode): node is Extract<MapNode, { reflections: unknown }> {
  return node.kind !== 'person';
}

/**
 * Records a reflection on the seven characteristics: adds it to the node's history (never
 * replacing an earlier one) and brings the current levels, which the lens shows, up to date.
 * One undo step takes both back.
 */
export function recordReflection(doc: MapDocument, args: { nodeId: Id; reflection: ReflectionDraft }): EditOutcome {
  const node = doc.nodes[args.nodeId];
  if (!node) return refuse('That node is no longer on the map.');
  if (!canReflect(node)) return refuse('Reflections are for organisations, spaces and projects.');
  const parsed = reflectionSchema.safeParse({ id: newId(), ...args.reflection });
  if (!parsed.success) return refuse(validationMessage(parsed.error));
  if (Object.keys(parsed.data.levels).length === 0) return refuse('Choose a level for at least one characteristic.');
  if (node.reflections.some((r) => r.id === parsed.data.id)) return refuse('That reflection is already recorded.');
  const reflections = [...node.reflections, parsed.data];
  // Levels recorded before history was kept stay current until a reflection speaks to them.
  const selfAssessment = { ...node.selfAssessment, ...currentLevels(reflections) };
  const after = NODE_SCHEMAS[node.kind].safeParse({ ...node, reflections, selfAssessment });
  if (!after.success) return refuse(validationMessage(after.error));
  return {
    ok: true,
    label: `Record a reflection on ${node.name}`,
    patch: { nodes: { [node.id]: { before: node, after: after.data as MapNode } }, links: {} },
    mode: 'record',
  };
}

/** Takes one reflection out of the history (a mistake), and works out the current levels again. */
export function removeReflection(doc: MapDocument, args: { nodeId: Id; reflectionId: Id }): EditOutcome {
  const node = doc.nodes[args.nodeId];
  if (!node || !canReflect(node)) return refuse('That node is no longer on the map.');
  if (!node.reflections.some((r) => r.id === args.reflectionId)) return refuse('That reflection is no longer recorded.');
  const reflections = node.reflections.filter((r) => r.id !== args.reflectionId);
  const removed = node.reflections.find((r) => r.id === args.reflectionId)!;
  // Characteristics the removed reflection set fall back to the one before, or to none.
  const selfAssessment = { ...node.selfAssessment };
  for (const c of Object.keys(removed.levels) as (keyof typeof selfAssessment)[]) delete selfAssessment[c];
  Object.assign(selfAssessment, currentLevels(reflections));
  const after = { ...node, reflections, selfAssessment } as MapNode;
  return {
    ok: true,
    label: `Remove a reflection on ${node.name}`,
    patch: { nodes: { [node.id]: { before: node, after } }, links: {} },
    mode: 'record',
  };
}
