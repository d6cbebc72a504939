// What this computer remembers about shared maps: each shared map's invite (so reopening the
// map reconnects by itself), and a map downloaded from an invite stored as a local map under
// the map's own id, so the same map shared and joined on one computer is one map.
import * as Y from 'yjs';
import { readRecord, settingsEntries, SETTINGS } from '../../shared/sync';
import { MAP_SETTINGS_RECORD, type Id } from '../../shared/model';
import { parseInvite, type Invite } from '../../shared/sync/invite';
import type { GoodHelpDatabase } from '../storage/database';
import { appendUpdates } from '../storage/mapRepository';

const INVITE_KEY = (mapId: Id) => `good-help-map.sharedMap.${mapId}`;
const VIEW_INVITE_KEY = (mapId: Id) => `good-help-map.sharedMap.${mapId}.view`;

export function rememberInvite(storage: Storage | undefined, mapId: Id, inviteText: string): void {
  try {
    storage?.setItem(INVITE_KEY(mapId), inviteText);
  } catch {
    // A private window may refuse; the map then reconnects only while this window is open.
  }
}

export function forgetInvite(storage: Storage | undefined, mapId: Id): void {
  storage?.removeItem(INVITE_KEY(mapId));
  storage?.removeItem(VIEW_INVITE_KEY(mapId));
}

/** The invite to view a map this computer shared, to hand out again (Share on a shared map). */
export function rememberViewInvite(storage: Storage | undefined, mapId: Id, inviteText: string): void {
  try {
    storage?.setItem(VIEW_INVITE_KEY(mapId), inviteText);
  } catch {
    // As above: shown again only while this window is open.
  }
}

/** A map's invites this computer has, each validated again: the one it connects with, and the view invite if it shared the map. */
export function rememberedInvites(storage: Storage | undefined, mapId: Id): { edit: string | null; view: string | null } {
  const connecting = rememberedInvite(storage, mapId);
  const viewText = storage?.getItem(VIEW_INVITE_KEY(mapId)) ?? null;
  const view = viewText && parseInvite(viewText).ok ? viewText : null;
  if (!connecting) return { edit: null, view };
  return connecting.invite.role === 'edit' ? { edit: connecting.text, view } : { edit: null, view: connecting.text };
}

/** The remembered invite for a map, validated again (local storage is input like any other). */
export function rememberedInvite(storage: Storage | undefined, mapId: Id): { invite: Invite; text: string } | null {
  const text = storage?.getItem(INVITE_KEY(mapId));
  if (!text) return null;
  const parsed = parseInvite(text);
  return parsed.ok ? { invite: parsed.invite, text } : null;
}

/**
 * Stores a map as the server sent it. Returns its id and whether this computer already had it,
 * or null when what arrived is not a map (its settings are missing or damaged). Only the
 * settings are read here: the records are read, and validated, once, when the map opens.
 * The state is encoded before the first await, so every later update is the caller's to keep.
 */
export async function storeDownloadedMap(db: GoodHelpDatabase, ydoc: Y.Doc, now: Date = new Date()): Promise<{ id: Id; existed: boolean } | null> {
  const read = readRecord(MAP_SETTINGS_RECORD, settingsEntries(ydoc.getMap<unknown>(SETTINGS)), 'settings');
  if (!read.result.ok) return null;
  const { id, name, createdAt } = read.result.value;
  const update = Y.encodeStateAsUpdate(ydoc);
  const existing = await db.mapIndex.get(id);
  if (existing) {
    await appendUpdates(db, id, [update], { name, now });
  } else {
    await db.transaction('rw', db.mapIndex, db.mapUpdates, async () => {
      await db.mapIndex.add({ id, name, createdAt, updatedAt: now.toISOString(), deletedAt: null });
      await db.mapUpdates.add({ mapId: id, update });
    });
  }
  return { id, existed: Boolean(existing) };
}

