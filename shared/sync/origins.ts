/**
 * Who a change to a map's document came from: the Yjs transaction origin. Undo tracks only
 * `LOCAL_EDIT` (this person's own commands in this window), so it never takes back a change that
 * came from another window, from storage or from a colleague over the network.
 */
export const LOCAL_EDIT = 'local-edit';
/** This person's own change that is saved but never undone (restoring a map, a migration). */
export const LOCAL_UNTRACKED = 'local-untracked';
/** Loaded from this device's database. */
export const FROM_STORAGE = 'storage';
/** Another window or tab of this browser profile, over BroadcastChannel. */
export const FROM_WINDOW = 'window';
/** A colleague, over the team server (sync-server's provider uses this or its own object). */
export const FROM_NETWORK = 'network';

/** Who made a change and when, kept on every record so Details can say "Changed by Sam, 10:42". */
export interface ChangeStamp {
  readonly by: string;
  readonly at: string;
}
