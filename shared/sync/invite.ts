// An invite to a shared map: one line of text a person can paste into an email or a chat, and
// paste back into "Join a shared map…". It carries the server, the map and a key; the key's
// prefix says whether it lets you edit or only view. Parsed with zod: an invite is input from
// outside like any other.
import { z } from 'zod';
import { accessKeySchema, mapRoleOfKey, sharedMapIdSchema, type MapRole } from './accessKeys';
import { parseServerAddress, type TeamServerAddress } from './serverAddress';
import { TEAM_SERVER_LIMITS } from './teamServerLimits';

const INVITE_PREFIX = 'goodhelpmap:join?';

export interface Invite {
  server: TeamServerAddress;
  mapId: string;
  key: string;
  role: MapRole;
  /** The map's name when it was shared, to show before joining. */
  mapName: string;
}

export type InviteResult = { ok: true; invite: Invite } | { ok: false; message: string };

export function formatInvite(invite: { server: TeamServerAddress; mapId: string; key: string; mapName: string }): string {
  const query = new URLSearchParams({ server: invite.server.websocketUrl, map: invite.mapId, key: invite.key, name: invite.mapName });
  return `${INVITE_PREFIX}${query.toString()}`;
}

const inviteFieldsSchema = z.strictObject({
  server: z.string().min(1).max(500),
  map: sharedMapIdSchema,
  key: accessKeySchema,
  name: z.string().max(TEAM_SERVER_LIMITS.maxMapNameLength).default(''),
});

export function parseInvite(input: string): InviteResult {
  // People paste with stray spaces, line breaks from email wrapping, or angle brackets.
  const text = input.replace(/\s+/g, '').replace(/^<|>$/g, '');
  if (!text) return { ok: false, message: 'Paste the invite you were sent. It starts with “goodhelpmap:join?”.' };
  if (text.length > 2000) return { ok: false, message: 'That invite is too long to be one of ours.' };
  if (!text.startsWith(INVITE_PREFIX)) {
    return { ok: false, message: 'That is not a Good Help Map invite. An invite starts with “goodhelpmap:join?”.' };
  }
  const fields = Object.fromEntries(new URLSearchParams(text.slice(INVITE_PREFIX.length)));
  const parsed = inviteFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    const what = field === 'key' ? 'its access key' : field === 'map' ? 'its map id' : field === 'server' ? 'its server address' : 'part of it';
    return { ok: false, message: `That invite is damaged: ${what} is missing or wrong. Ask for the invite again and paste all of it.` };
  }
  const server = parseServerAddress(parsed.data.server);
  if (!server.ok) return { ok: false, message: `That invite’s server address is not usable: ${server.message}` };
  const role = mapRoleOfKey(parsed.data.key);
  if (!role) return { ok: false, message: 'That invite carries a server key, not a map key. Ask for an invite to the map itself.' };
  return { ok: true, invite: { server: server.address, mapId: parsed.data.map, key: parsed.data.key, role, mapName: parsed.data.name } };
}
