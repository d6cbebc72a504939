// One shared map's link to the team server: a Hocuspocus provider on the map's Y.Doc (the
// document model owns the doc; this only attaches the network to it), the person's presence
// through Yjs awareness, and the toolbar's status computed from what the provider reports.
// Nothing here connects until a person shares or joins a map.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Invite } from '../../shared/sync/invite';
import { peopleHere, presenceColourFor, type PersonHere, type PresenceState } from '../../shared/sync/presence';
import { sharingStatus, type SharingFacts, type SharingStatus } from '../../shared/sync/sharingStatus';

export interface TeamConnectionOptions {
  doc: Y.Doc;
  invite: Pick<Invite, 'server' | 'mapId' | 'key' | 'role'>;
  /** The name colleagues see; the person chooses it. */
  personName: string;
}

export interface TeamConnectionState {
  status: SharingStatus;
  people: PersonHere[];
  /** What the server granted; 'view' also when the invite said edit but the server said read-only. */
  role: 'edit' | 'view';
}

type Listener = (state: TeamConnectionState) => void;

export class TeamConnection {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  private readonly listeners = new Set<Listener>();
  private facts: SharingFacts;
  private state: TeamConnectionState;
  private destroyed = false;

  constructor(private readonly options: TeamConnectionOptions) {
    this.facts = {
      socket: 'connecting',
      refusal: null,
      synced: false,
      unsyncedChanges: 0,
      peopleHere: 1,
      role: options.invite.role,
      localWriteFailing: false,
      everSynced: false,
      lostConnection: false,
      serverLabel: options.invite.server.label,
    };
    this.state = { status: sharingStatus(this.facts), people: [], role: options.invite.role };
    // Reconnect quickly at first, then back off to every 10 s while a laptop is on a train.
    this.socket = new HocuspocusProviderWebsocket({ url: options.invite.server.websocketUrl, delay: 500, minDelay: 500, maxDelay: 10_000, factor: 1.5, jitter: true, maxAttempts: 0 });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: options.invite.mapId,
      document: options.doc,
      token: options.invite.key,
      onStatus: ({ status }) => this.update(status === 'disconnected' ? { socket: status, lostConnection: true } : { socket: status }),
      onSynced: ({ state }) => {
        if (state) this.announceAgain();
        this.update(state ? { synced: true, everSynced: true, lostConnection: false } : { synced: false });
      },
      onDisconnect: () => this.update({ synced: false }),
      onUnsyncedChanges: ({ number }) => this.update({ unsyncedChanges: number }),
      onAuthenticationFailed: ({ reason }) => this.update({ refusal: reason || 'permission-denied' }),
      // The server closes the map, not the socket, when the key is withdrawn mid-session.
      onClose: ({ event }) => event.reason === 'wrong-key' && this.update({ refusal: 'wrong-key', synced: false }),
      onAuthenticated: ({ scope }) => this.update({ refusal: null, role: scope === 'readonly' ? 'view' : options.invite.role }),
      onAwarenessChange: () => this.update({}),
    });
    this.provider.attach();
    // The system says the network is gone (a train, a closed lid): an open websocket may take a
    // minute to notice, so let it go at once and try again when the network is back.
    globalThis.addEventListener?.('offline', this.wentOffline);
    globalThis.addEventListener?.('online', this.cameOnline);
    const person: PresenceState['person'] = { name: options.personName.trim().slice(0, 80) || 'Someone', colour: presenceColourFor(options.doc.clientID) };
    this.provider.setAwarenessField('person', person);
    this.provider.setAwarenessField('selection', []);
  }

  get current(): TeamConnectionState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What this person has selected, for colleagues to see on their maps. */
  setSelection(ids: readonly string[]): void {
    this.provider.setAwarenessField('selection', ids.slice(0, 500));
  }

  /** From the local store: while a write is failing the status says so, whatever the network. */
  setLocalWriteFailing(failing: boolean): void {
    this.update({ localWriteFailing: failing });
  }

  private readonly wentOffline = () => {
    this.socket.disconnect();
    this.update({ socket: 'disconnected', synced: false, lostConnection: true });
  };

  private readonly cameOnline = () => void this.socket.connect();

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    globalThis.removeEventListener?.('offline', this.wentOffline);
    globalThis.removeEventListener?.('online', this.cameOnline);
    this.listeners.clear();
    this.provider.destroy();
    this.socket.destroy();
  }

  /**
   * After a reconnection colleagues have dropped this person's presence with a newer clock than
   * the state the provider re-sends, so they would ignore it; setting it again moves the clock on.
   */
  private announceAgain(): void {
    const awareness = this.provider?.awareness;
    const local = awareness?.getLocalState();
    if (awareness && local) awareness.setLocalState({ ...local });
  }

  private update(change: Partial<SharingFacts>): void {
    if (this.destroyed) return;
    const awareness = this.provider?.awareness;
    const people = awareness ? peopleHere(awareness.getStates(), this.options.doc.clientID) : this.state.people;
    this.facts = { ...this.facts, ...change, peopleHere: Math.max(1, people.length) };
    this.state = { status: sharingStatus(this.facts), people, role: this.facts.role };
    for (const listener of this.listeners) listener(this.state);
  }
}
