import type { LinkType, NodeKind } from '../model';

/**
 * The link type a user most likely means when joining two kinds of node, so the common case
 * is one keypress. It is only a suggestion: every type is offered.
 */
export function suggestLinkType(source: NodeKind, target: NodeKind): LinkType {
  const pair = `${source}>${target}`;
  switch (pair) {
    case 'person>organisation':
    case 'person>space':
    case 'person>project':
      return 'worksAt';
    case 'organisation>space':
    case 'organisation>project':
      return 'runsOrHosts';
    case 'organisation>organisation':
      return 'partnersWith';
    case 'project>space':
      return 'meetsAt';
    case 'space>organisation':
      return 'refersTo';
    default:
      return 'knows';
  }
}
