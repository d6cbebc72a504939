// Small hand-built maps for the gap-analysis tests: every answer is worked out by hand in the test.
import type { MapDocument } from '../../shared/editing';
import { createLink, createMapMeta, createNode, type LinkType, type MapLink, type MapMeta, type MapNode, type NodeKind } from '../../shared/model';

export const MAP_ID = 'test-map';
export const ALL_SAFE = ['openAccess', 'free', 'welcoming', 'privateSpace', 'trainedPerson'];

export interface Builder {
  node(kind: NodeKind, id: string, fields?: Record<string, unknown>): Builder;
  link(source: string, target: string, type: LinkType, mode?: 'warmHandover' | 'signposting'): Builder;
  doc(): MapDocument;
}

/** A map with two areas (North: IMD decile 1; South: decile 8) and the default audiences, topics and criteria. */
export function mapBuilder(metaChanges: Partial<MapMeta> = {}): Builder {
  const meta: MapMeta = {
    ...createMapMeta('Test map', new Date('2026-01-01T00:00:00Z'), MAP_ID),
    areas: [
      { id: 'north', name: 'North', imdDecile: 1, population: 10000 },
      { id: 'south', name: 'South', imdDecile: 8 },
    ],
    ...metaChanges,
  };
  const nodes: Record<string, MapNode> = {};
  const links: Record<string, MapLink> = {};
  const builder: Builder = {
    node(kind, id, fields = {}) {
      nodes[id] = { ...createNode(kind, { id, mapId: MAP_ID, name: (fields.name as string) ?? id, x: 0, y: 0 }), lastChecked: '2026-01-01', ...fields } as MapNode;
      return builder;
    },
    link(source, target, type, mode) {
      const id = `l${Object.keys(links).length + 1}`;
      const link = createLink({ id, mapId: MAP_ID, source, target, type });
      links[id] = mode ? { ...link, referralMode: mode } : link;
      return builder;
    },
    doc: () => ({ meta, nodes: { ...nodes }, links: { ...links } }),
  };
  return builder;
}

export const session = (day: number, start: string, end: string) => ({ day, start, end });

/** An organisation offering every core topic, so a space linked to it has a complete onward route. */
export function withHelpDesk(b: Builder, id = 'desk'): Builder {
  return b.node('organisation', id, { helpTopics: ['housing', 'money', 'mentalHealth', 'substanceUse', 'domesticAbuse'], areasServed: ['north', 'south'] });
}
