import { z } from 'zod';
import type { MapDocument } from '../editing/mapDocument';
import { computeConnectedness, type Connectedness } from './connectedness';

/**
 * Messages to and from the worker that works out the network measures. Only ids and link
 * ends cross: the measures need nothing else, and a small message is cheap to copy.
 */
export const networkRequestSchema = z.object({
  id: z.number().int(),
  nodeIds: z.array(z.string()).max(200_000),
  links: z.array(z.tuple([z.string(), z.string()])).max(1_000_000),
});
export type NetworkRequest = z.infer<typeof networkRequestSchema>;

export const networkResponseSchema = z.object({
  id: z.number().int(),
  nodeIds: z.array(z.string()),
  degree: z.array(z.number()),
  brokerage: z.array(z.number()),
  community: z.array(z.number()),
  communitySizes: z.array(z.number()),
});
export type NetworkResponse = z.infer<typeof networkResponseSchema>;

export function networkRequest(doc: MapDocument, id: number): NetworkRequest {
  return { id, nodeIds: Object.keys(doc.nodes), links: Object.values(doc.links).map((l) => [l.source, l.target]) };
}

/** The worker's whole job, also run on the main thread where workers are not available. */
export function answerNetworkRequest(request: NetworkRequest): NetworkResponse {
  const nodes: Record<string, { id: string }> = {};
  for (const id of request.nodeIds) nodes[id] = { id };
  const links: Record<string, { source: string; target: string }> = {};
  request.links.forEach(([source, target], k) => (links[k] = { source, target }));
  // The network index reads only node ids and link ends, so stand-in records are enough.
  const result = computeConnectedness({ nodes, links } as unknown as MapDocument);
  return {
    id: request.id,
    nodeIds: request.nodeIds,
    degree: request.nodeIds.map((n) => result.degree.get(n) ?? 0),
    brokerage: request.nodeIds.map((n) => result.brokerage.get(n) ?? 0),
    community: request.nodeIds.map((n) => result.community.get(n) ?? 0),
    communitySizes: [...result.communitySizes],
  };
}

export function connectednessFromResponse(response: NetworkResponse): Connectedness {
  const { nodeIds } = response;
  return {
    degree: new Map(nodeIds.map((id, i) => [id, response.degree[i]!])),
    brokerage: new Map(nodeIds.map((id, i) => [id, response.brokerage[i]!])),
    community: new Map(nodeIds.map((id, i) => [id, response.community[i]!])),
    communitySizes: response.communitySizes,
  };
}
