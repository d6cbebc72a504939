import { useInternalNode, ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { selectionsByRecord, type PersonHere } from '../../shared/sync/presence';
import { useAppState } from '../app/controllerContext';
import { useSharingState } from './useTeamSharing';

const RING_GAP = 4;
const RING_WIDTH = 3;

/**
 * Who is here, on the map: a ring in each colleague's colour around every node they have
 * selected, with their name on it. A layer of its own over the canvas, in map coordinates, so
 * it follows pan and zoom without touching how nodes are drawn.
 */
export function PresenceLayer() {
  const people = useSharingState((s) => s.connection?.people);
  const byNode = useMemo(() => [...selectionsByRecord(people ?? [])], [people]);
  if (byNode.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="presence-layer">
        {byNode.map(([id, who]) => (
          <PresenceRing key={id} nodeId={id} people={who} />
        ))}
      </div>
    </ViewportPortal>
  );
}

function PresenceRing({ nodeId, people }: { nodeId: string; people: readonly PersonHere[] }) {
  const node = useAppState((s) => s.doc?.nodes[nodeId]);
  // React Flow's measure when the node is drawn as DOM; the map's own position when it is not.
  const internal = useInternalNode(nodeId);
  if (!node) return null;
  const position = internal?.internals.positionAbsolute ?? { x: node.x, y: node.y };
  const width = internal?.measured.width ?? NODE_WIDTH;
  const height = internal?.measured.height ?? NODE_HEIGHT;
  const names = people.map((p) => p.name);
  const description = `${listOfNames(names)} ${names.length === 1 ? 'has' : 'have'} ${node.name || 'this node'} selected`;
  return (
    <div className="presence-ring" role="img" aria-label={description} title={description} style={{ transform: `translate(${position.x}px, ${position.y}px)`, width, height }}>
      {people.map((person, i) => {
        const inset = -(RING_GAP + i * (RING_WIDTH + 1));
        return <span key={person.clientId} className="presence-ring__ring" style={{ inset, borderColor: person.colour }} />;
      })}
      <span className="presence-ring__names">
        {people.map((person) => (
          <span key={person.clientId} className="presence-ring__name" style={{ backgroundColor: person.colour }}>
            {person.name}
          </span>
        ))}
      </span>
    </div>
  );
}

function listOfNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
