import type { MapNode, NodeKind } from '../../shared/model';

/** A short second line under a node's name: the thing a user most wants to see at a glance. */
export function nodeSubtitle(node: MapNode, areaName: (id: string | null) => string | null): string {
  switch (node.kind) {
    case 'person':
      return [node.role, node.isAdvocate ? 'Good Help advocate' : ''].filter(Boolean).join(' · ');
    case 'organisation':
      return node.orgType;
    case 'space': {
      const area = areaName(node.areaId);
      const sessions = node.sessions.length;
      return [area, sessions ? `${sessions} session${sessions === 1 ? '' : 's'} a week` : 'No opening times'].filter(Boolean).join(' · ');
    }
    case 'project':
      return node.status ?? 'Project';
  }
}

/** Each kind's own accessible description, also used for the icon's title. */
export const KIND_DESCRIPTIONS: Record<NodeKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  space: 'Space',
  project: 'Project',
};
