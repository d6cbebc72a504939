// Access keys for the team server. A key says what it is in its prefix, so the app can tell a
// view invite from an edit invite before it connects (and refuse edits in its own UI: the server
// drops a viewer's writes silently). The server never trusts the prefix: it looks the key's hash
// up in its own store, where the role and the map are recorded.
import { z } from 'zod';

/** admin: the server's own key; team: may put new maps on the server; edit/view: one map. */
export const ACCESS_KEY_KINDS = ['admin', 'team', 'edit', 'view'] as const;
export type AccessKeyKind = (typeof ACCESS_KEY_KINDS)[number];
export type MapRole = 'edit' | 'view';

/** 32 random bytes, base64url: 43 characters. */
const SECRET_LENGTH = 43;
const KEY_PATTERN = new RegExp(`^ghm_(admin|team|edit|view)_[A-Za-z0-9_-]{${SECRET_LENGTH}}$`);

export const accessKeySchema = z
  .string()
  .trim()
  .max(80, 'That access key is too long.')
  .regex(KEY_PATTERN, 'That is not a Good Help Map access key. It starts with “ghm_”.');

/** A map's id on the server: also the Hocuspocus document name. */
export const sharedMapIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'That is not a shared map id.');

export function accessKeyKind(key: string): AccessKeyKind {
  const kind = accessKeySchema.parse(key).split('_')[1];
  return kind as AccessKeyKind;
}

/** The role a map key gives, or null for a key that opens no map by itself (admin, team). */
export function mapRoleOfKey(key: string): MapRole | null {
  const kind = accessKeyKind(key);
  return kind === 'edit' || kind === 'view' ? kind : null;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new key of the given kind from the platform's secure random source (Node and browsers). */
export function newAccessKey(kind: AccessKeyKind): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return `ghm_${kind}_${base64url(bytes)}`;
}

/** A new map id: 16 random bytes, base64url (22 characters). */
export function newSharedMapId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}
