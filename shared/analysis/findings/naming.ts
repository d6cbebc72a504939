import type { MapDocument } from '../../editing/mapDocument';
import { inSentence, joinSome, joinWords } from '../words';

/** Looks up the names the sentences use: nodes, areas, audiences, topics and criteria. */
export interface Naming {
  node(id: string): string;
  nodes(ids: readonly string[], max?: number): string;
  area(id: string | null): string;
  audience(id: string): string;
  topic(id: string): string;
  topics(ids: readonly string[], conjunction?: string): string;
  criterion(id: string): string;
}

export function naming(doc: MapDocument): Naming {
  const areas = new Map(doc.meta.areas.map((a) => [a.id, a.name]));
  const audiences = new Map(doc.meta.audiences.map((a) => [a.id, a.label]));
  const topics = new Map(doc.meta.helpTopics.map((t) => [t.id, t.label]));
  const criteria = new Map(doc.meta.criteria.map((c) => [c.id, c.label]));
  const node = (id: string) => doc.nodes[id]?.name ?? 'a node no longer on the map';
  const topic = (id: string) => inSentence(topics.get(id) ?? id);
  return {
    node,
    nodes: (ids, max = 4) => joinSome(ids.map(node), max),
    area: (id) => (id ? (areas.get(id) ?? 'an unknown area') : 'no area'),
    audience: (id) => inSentence(audiences.get(id) ?? id),
    topic,
    topics: (ids, conjunction = 'and') => joinWords(ids.map(topic), conjunction),
    criterion: (id) => criteria.get(id) ?? id,
  };
}
