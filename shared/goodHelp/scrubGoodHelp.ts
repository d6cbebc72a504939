import type { MapNode } from '../model';

/**
 * For a shareable copy: the Good Help free text — who reflected, their notes and stories,
 * and the stories from the community and who told them — passed through the same scrub that
 * replaces people's names with their pseudonyms elsewhere in the map.
 */
export function scrubGoodHelp<N extends MapNode>(node: N, scrub: (text: string, max?: number) => string): N {
  if (node.kind === 'person') return node;
  const reflections = node.reflections.map((r) => ({
    ...r,
    by: scrub(r.by, 200),
    story: scrub(r.story, 5000),
    notes: Object.fromEntries(Object.entries(r.notes).map(([c, text]) => [c, scrub(text ?? '', 2000)])),
  }));
  if (node.kind !== 'project') return { ...node, reflections };
  const impactStories = node.impactStories.map((s) => ({ ...s, text: scrub(s.text, 2000) || 'A story', source: scrub(s.source, 200) }));
  return { ...node, reflections, impactStories };
}
