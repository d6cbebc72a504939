// What the team server accepts, in one place, so the app and the server agree on the limits and
// the shapes of the few HTTP messages they exchange (putting a map on the server).
import { z } from 'zod';
import { sharedMapIdSchema, accessKeySchema } from './accessKeys';

export const TEAM_SERVER_LIMITS = {
  /** Largest websocket message. A 5,000-node map's first upload is ~4 MB. */
  maxMessageBytes: 32 * 1024 * 1024,
  /** Largest HTTP request body (the create-map request is a few hundred bytes). */
  maxRequestBytes: 16 * 1024,
  /** Connections to one server process, and to one map. */
  maxConnections: 500,
  maxConnectionsPerMap: 100,
  /** Maps a team key may put on the server unless its creator said otherwise. */
  defaultMapsPerTeamKey: 50,
  /** Longest map name kept with a shared map (shown in invites and `list-maps`). */
  maxMapNameLength: 200,
} as const;

/** POST /api/maps, with `Authorization: Bearer <admin or team key>`. */
export const createSharedMapRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(TEAM_SERVER_LIMITS.maxMapNameLength),
});
export type CreateSharedMapRequest = z.infer<typeof createSharedMapRequestSchema>;

export const createSharedMapResponseSchema = z.strictObject({
  mapId: sharedMapIdSchema,
  editKey: accessKeySchema,
  viewKey: accessKeySchema,
});
export type CreateSharedMapResponse = z.infer<typeof createSharedMapResponseSchema>;

/** Every refusal from the HTTP API carries a sentence a person can act on. */
export const teamServerErrorSchema = z.strictObject({ error: z.string().max(500) });
