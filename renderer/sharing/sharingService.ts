// The two things a person does with the team server, from the dialogs' point of view:
// share the open map (create it on the server, attach the network to its document, wait until
// the server has all of it, hand back two invites) and join a map from an invite. The map's
// Y.Doc comes from the document model, which owns it; for an anonymised shared copy the
// caller passes that copy's new document instead of the map's own.
import type * as Y from 'yjs';
import { formatInvite, parseInvite, type Invite } from '../../shared/sync/invite';
import { parseServerAddress } from '../../shared/sync/serverAddress';
import { TeamConnection } from './teamConnection';
import { createSharedMap } from './teamServerClient';

export interface ShareRequest {
  serverAddress: string;
  accessKey: string;
  mapName: string;
  doc: Y.Doc;
  personName: string;
}

export interface SharedMap {
  connection: TeamConnection;
  invite: Invite;
  editInvite: string;
  viewInvite: string;
}

export type ShareResult = { ok: true; shared: SharedMap } | { ok: false; field: 'server' | 'key' | null; message: string };

/** How long the first upload may take before the dialog says so (it carries on regardless). */
const UPLOAD_PATIENCE_MS = 60_000;

function whenUploaded(connection: TeamConnection): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(ok);
    };
    const check = () => {
      const { kind } = connection.current.status;
      if (kind === 'shared') done(true);
      else if (kind === 'refused') done(false);
    };
    const unsubscribe = connection.subscribe(check);
    const timer = setTimeout(() => done(connection.current.status.kind === 'shared'), UPLOAD_PATIENCE_MS);
    check();
  });
}

export async function shareMap(request: ShareRequest): Promise<ShareResult> {
  const server = parseServerAddress(request.serverAddress);
  if (!server.ok) return { ok: false, field: 'server', message: server.message };
  const created = await createSharedMap(server.address, request.accessKey, request.mapName);
  if (!created.ok) return { ok: false, field: /key/i.test(created.message) ? 'key' : 'server', message: created.message };
  const { mapId, editKey, viewKey } = created.map;
  const invite: Invite = { server: server.address, mapId, key: editKey, role: 'edit', mapName: request.mapName };
  const connection = new TeamConnection({ doc: request.doc, invite, personName: request.personName });
  if (!(await whenUploaded(connection))) {
    const { detail } = connection.current.status;
    connection.destroy();
    return { ok: false, field: null, message: `The map was made on the server but could not be sent to it. ${detail}` };
  }
  return {
    ok: true,
    shared: {
      connection,
      invite,
      editInvite: formatInvite({ server: server.address, mapId, key: editKey, mapName: request.mapName }),
      viewInvite: formatInvite({ server: server.address, mapId, key: viewKey, mapName: request.mapName }),
    },
  };
}

export type JoinResult = { ok: true; invite: Invite; connection: TeamConnection } | { ok: false; message: string };

/**
 * Joins with an invite: the caller makes (or finds) the local map for `invite.mapId` and gives
 * its document; the map fills in as the server sends it.
 */
export function joinMap(inviteText: string, docFor: (invite: Invite) => Y.Doc, personName: string): JoinResult {
  const parsed = parseInvite(inviteText);
  if (!parsed.ok) return parsed;
  const connection = new TeamConnection({ doc: docFor(parsed.invite), invite: parsed.invite, personName });
  return { ok: true, invite: parsed.invite, connection };
}
