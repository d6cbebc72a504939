// Where a shared map stands, in the words the toolbar shows. A pure function of facts gathered
// from the network provider and the local store, so every combination is tested without a
// network — and so the local store's honesty comes first: while anything is unsaved on this
// computer, the status never says otherwise.
import type { MapRole } from './accessKeys';

export interface SharingFacts {
  /** The websocket's state. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** The server's reason for refusing this map's key, if it did. */
  refusal: string | null;
  /** The first exchange with the server has completed since the last (re)connection. */
  synced: boolean;
  /** Local changes the server has not yet acknowledged. */
  unsyncedChanges: number;
  /** People with the map open now, this person included. */
  peopleHere: number;
  role: MapRole;
  /** The local store has a write it has not managed yet (it keeps retrying). */
  localWriteFailing: boolean;
  /** Whether this map has ever reached the server in this session. */
  everSynced: boolean;
  /** The connection dropped or an attempt failed since the last exchange with the server. */
  lostConnection: boolean;
  serverLabel: string;
}

export type SharingStatusKind = 'shared' | 'sending' | 'connecting' | 'offline' | 'refused' | 'not-saved';

export interface SharingStatus {
  kind: SharingStatusKind;
  /** One line for the toolbar. */
  text: string;
  /** A longer sentence for its tooltip or a screen reader. */
  detail: string;
}

export function peopleHereText(count: number): string {
  return count <= 1 ? 'only you here' : `${count} people here`;
}

const REFUSALS: Record<string, string> = {
  'wrong-key': 'The team server did not accept this map’s key: it may have been withdrawn. Ask whoever shared the map for a new invite.',
  'no-such-map': 'The team server has no such map. Ask whoever shared it for a new invite.',
  'server-full': 'The team server is full just now. Your changes are kept here; it will try again.',
};

export function sharingStatus(facts: SharingFacts): SharingStatus {
  if (facts.localWriteFailing) {
    return { kind: 'not-saved', text: 'Not saved yet — retrying', detail: 'A change could not be written to this computer yet. The app keeps trying; keep this window open.' };
  }
  if (facts.refusal) {
    return { kind: 'refused', text: 'Not shared — the server refused this invite', detail: REFUSALS[facts.refusal] ?? `The team server refused this map (${facts.refusal}).` };
  }
  if (facts.socket !== 'connected' || !facts.synced) {
    if (facts.socket === 'disconnected' || facts.lostConnection || facts.everSynced) {
      return {
        kind: 'offline',
        text: 'Offline — your changes are kept and will be shared when you reconnect',
        detail: `Cannot reach the team server at ${facts.serverLabel}. Everything you do is saved on this computer and shared as soon as it is back.`,
      };
    }
    return { kind: 'connecting', text: `Connecting to ${facts.serverLabel}…`, detail: 'Opening the shared map on your team server.' };
  }
  const viewOnly = facts.role === 'view' ? ', view only' : '';
  const people = peopleHereText(facts.peopleHere);
  if (facts.unsyncedChanges > 0) {
    return { kind: 'sending', text: `Shared${viewOnly} — ${people} · sending your changes…`, detail: 'Your latest changes are on their way to the team server.' };
  }
  return {
    kind: 'shared',
    text: `Shared${viewOnly} — ${people}`,
    detail: facts.role === 'view' ? 'You can see everyone’s changes as they happen, but not change the map: your invite is to view.' : 'Everyone on this map sees your changes as you make them.',
  };
}
