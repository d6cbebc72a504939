// The app's sharing, beside the editor controller: it attaches a team connection to whichever
// map is open when that map has been shared or joined on this computer, makes a view invite's
// map read-only, and keeps the status the toolbar shows. It connects to nothing for a map that
// was never shared.
import * as Y from 'yjs';
import { snapshotFromDocument } from '../../shared/editing';
import { anonymiseMap } from '../../shared/files/anonymise';
import { parseInvite } from '../../shared/sync/invite';
import { parseServerAddress, type TeamServerAddress } from '../../shared/sync/serverAddress';
import type { EditorController } from '../state/editorController';
import type { MapSession } from '../state/mapSession';
import { Store } from '../state/store';
import { appendUpdates } from '../storage/mapRepository';
import { rememberedInvite, rememberedInvites, rememberInvite, rememberViewInvite, storeDownloadedMap } from './sharedMapStore';
import { shareMap } from './sharingService';
import type { ConnectPolicy, PendingSharing } from './connectPolicy';
import { TeamConnection, type TeamConnectionState } from './teamConnection';

export type JoinOutcome = { ok: true } | { ok: false; message: string };

export interface TeamSharingState {
  /** The open map's connection state, or null when the open map is not shared. */
  connection: TeamConnectionState | null;
  /** The invites to hand out, for the open map when this computer shared it. */
  invites: { edit: string | null; view: string | null };
  /** Which sharing dialog is open: File ▸ Share with your team…, or the start screen's Join a shared map…. */
  dialog: 'none' | 'share' | 'join';
  /** A share or join the window started again for (its server newly allowed), to carry on with. */
  resuming: PendingSharing | null;
  /** The open shared map's server, as people know it ("team.council.gov.uk"). */
  serverLabel: string;
}

export type ShareOutcome = { ok: true; editInvite: string; viewInvite: string; removedPeople: number } | { ok: false; field: 'server' | 'key' | null; message: string };

const DOWNLOAD_PATIENCE_MS = 60_000;
const LAST_SERVER_KEY = 'good-help-map.teamServer';

export class TeamSharing {
  readonly store = new Store<TeamSharingState>({ connection: null, invites: { edit: null, view: null }, dialog: 'none', resuming: null, serverLabel: '' });
  /** The Share dialog is sharing the open map right now (it then shows its own invites). */
  sharingNow = false;
  private connection: TeamConnection | null = null;
  private session: MapSession | null = null;
  /** The anonymised copy this window last made for sharing. */
  private anonymisedCopy: string | null = null;
  private announcedSelection: unknown = null;
  /** A map just joined: its session opens on the downloaded document, which keeps its connection. */
  private adopting: { ydoc: Y.Doc; connection: TeamConnection } | null = null;
  /** A join under way: asked again (a dialog shown again after the window started again), it is the same join. */
  private joining: { invite: string; outcome: Promise<JoinOutcome> } | null = null;

  constructor(
    private readonly controller: EditorController,
    private readonly storage: Storage | undefined,
    /** The window's connect policy; without one (tests in Node) every server is allowed. */
    private readonly policy: ConnectPolicy | null = null,
  ) {
    // A map closed or another opened: the old connection goes with it.
    controller.store.subscribe(() => {
      if (this.session && controller.mapSession !== this.session) this.disconnect();
      if (!this.connection) return;
      this.connection.setLocalWriteFailing(controller.state.saveStatus === 'retrying');
      // Colleagues see what this person has selected.
      const { selection } = controller.state;
      if (selection !== this.announcedSelection) {
        this.announcedSelection = selection;
        this.connection.setSelection([...selection.nodeIds, ...selection.linkIds]);
      }
    });
  }

  /** Pass as the controller's `onSessionOpened`. */
  readonly sessionOpened = (session: MapSession): void => {
    this.disconnect();
    this.session = session;
    const adopting = this.adopting;
    if (adopting && adopting.ydoc === session.ydoc) {
      this.adopting = null;
      return this.attach(adopting.connection);
    }
    const remembered = rememberedInvite(this.storage, session.mapId);
    if (remembered) this.attach(new TeamConnection({ doc: session.ydoc, invite: remembered.invite, personName: this.controller.displayName }));
  };

  /** The invites and server of the map just connected, for Share on a shared map. */
  private showRemembered(mapId: string): void {
    const server = rememberedInvite(this.storage, mapId)?.invite.server.label ?? '';
    this.store.set({ invites: rememberedInvites(this.storage, mapId), serverLabel: server });
  }

  get state(): TeamSharingState {
    return this.store.get();
  }

  /** The server this profile last shared a map on, to fill in the Share dialog. */
  get lastServerAddress(): string {
    return this.storage?.getItem(LAST_SERVER_KEY) ?? '';
  }

  /** Opens a sharing dialog; sharing needs an open map. */
  openDialog(dialog: 'share' | 'join'): void {
    if (dialog === 'share' && !this.controller.state.doc) return this.controller.notify('info', 'Open a map first.');
    this.sharingNow = false;
    this.store.set({ dialog });
  }

  closeDialog(): void {
    this.sharingNow = false;
    this.store.set({ dialog: 'none', resuming: null });
  }

  /** At start: carry on with the share or join the window was started again for. */
  async resume(): Promise<void> {
    const pending = this.policy?.takePending();
    if (!pending) return;
    if (pending.kind === 'share' && this.controller.state.doc?.meta.id !== pending.mapId) await this.controller.openMap(pending.mapId);
    this.store.set({ dialog: pending.kind, resuming: pending });
  }

  /** False when the window must first start again to be allowed to reach the server (it then does). */
  private mayConnect(server: TeamServerAddress, pending: PendingSharing): boolean {
    if (!this.policy || this.policy.allows(server)) return true;
    this.policy.choose(server);
    this.policy.reloadAndResume(pending);
    return false;
  }

  /**
   * File ▸ Share with your team…, for the open map — or, with `anonymised`, for a new map made
   * from it by the shareable copy's anonymiser (people named by role, no contact details or
   * notes, sensitive people left out), which is opened in its place; the original stays unshared.
   */
  async share(request: { serverAddress: string; accessKey: string; personName: string; anonymised?: boolean }): Promise<ShareOutcome> {
    const original = this.controller.state.doc;
    if (!this.controller.mapSession || !original) return { ok: false, field: null, message: 'Open a map first.' };
    this.sharingNow = true;
    if (!request.personName.trim()) return { ok: false, field: null, message: 'Type your name: your colleagues see it beside what you select.' };
    this.controller.setDisplayName(request.personName);
    const server = parseServerAddress(request.serverAddress);
    if (!server.ok) return { ok: false, field: 'server', message: server.message };
    const pending = { kind: 'share' as const, mapId: original.meta.id, serverAddress: request.serverAddress, accessKey: request.accessKey, personName: request.personName, anonymised: Boolean(request.anonymised) };
    if (!this.mayConnect(server.address, pending)) return { ok: false, field: null, message: 'Starting again so this window may reach your team’s server…' };
    let removedPeople = 0;
    // A second try after a refused key shares the copy already made, not a copy of the copy.
    if (request.anonymised && original.meta.id !== this.anonymisedCopy) {
      const copy = anonymiseMap(snapshotFromDocument(original));
      removedPeople = copy.removedPeople;
      await this.controller.openSnapshot(copy.snapshot, `${original.meta.name} (anonymised)`);
      if (this.controller.state.doc?.meta.id === original.meta.id) return { ok: false, field: null, message: 'The anonymised copy could not be made. Nothing has been shared.' };
      this.anonymisedCopy = this.controller.state.doc?.meta.id ?? null;
    }
    const session = this.controller.mapSession;
    const doc = this.controller.state.doc;
    if (!session || !doc) return { ok: false, field: null, message: 'The map closed before it could be shared. Open it and try again.' };
    this.disconnect();
    this.session = session;
    const result = await shareMap({ ...request, mapName: doc.meta.name, doc: session.ydoc, personName: request.personName });
    if (!result.ok) return request.anonymised ? { ...result, message: `${result.message} The anonymised copy is open here; this map is not shared yet.` } : result;
    rememberInvite(this.storage, session.mapId, result.shared.editInvite);
    rememberViewInvite(this.storage, session.mapId, result.shared.viewInvite);
    this.storage?.setItem(LAST_SERVER_KEY, request.serverAddress.trim());
    this.attach(result.shared.connection);
    this.store.set({ invites: { edit: result.shared.editInvite, view: result.shared.viewInvite }, serverLabel: server.address.label });
    return { ok: true, editInvite: result.shared.editInvite, viewInvite: result.shared.viewInvite, removedPeople };
  }

  /** The start screen's Join a shared map…: download the map, store it here, open it. */
  join(inviteText: string, personName: string): Promise<JoinOutcome> {
    const invite = inviteText.trim();
    if (this.joining?.invite === invite) return this.joining.outcome;
    const outcome = this.joinOnce(inviteText, personName).finally(() => {
      if (this.joining?.outcome === outcome) this.joining = null;
    });
    this.joining = { invite, outcome };
    return outcome;
  }

  private async joinOnce(inviteText: string, personName: string): Promise<JoinOutcome> {
    const parsed = parseInvite(inviteText);
    if (!parsed.ok) return parsed;
    this.controller.setDisplayName(personName);
    if (!this.mayConnect(parsed.invite.server, { kind: 'join', invite: inviteText, personName })) return { ok: false, message: 'Starting again so this window may reach your team’s server…' };
    const ydoc = new Y.Doc();
    const download = new TeamConnection({ doc: ydoc, invite: parsed.invite, personName });
    try {
      const arrived = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), DOWNLOAD_PATIENCE_MS);
        const check = () => {
          const { kind } = download.current.status;
          if (kind === 'shared' || kind === 'refused') {
            clearTimeout(timer);
            resolve(kind === 'shared');
          }
        };
        download.subscribe(check);
      });
      if (!arrived) return { ok: false, message: download.current.status.detail };
      // What arrives after the map is stored and before its session listens is kept too.
      const late: Uint8Array[] = [];
      const keepLate = (update: Uint8Array) => void late.push(update);
      ydoc.on('update', keepLate);
      const stored = await storeDownloadedMap(this.controller.database, ydoc);
      if (!stored) {
        ydoc.off('update', keepLate);
        return { ok: false, message: 'The team server sent something that is not a map. Ask whoever shared it to share it again.' };
      }
      rememberInvite(this.storage, stored.id, inviteText.trim());
      if (stored.existed) {
        // This computer has the map, maybe with changes not yet shared: open it from its store.
        ydoc.off('update', keepLate);
        await this.controller.openMap(stored.id);
        return { ok: true };
      }
      // The map is applied once: the session opens on the downloaded document, and the
      // connection that downloaded it carries on, so nothing is read or synced a second time.
      this.adopting = { ydoc, connection: download };
      await this.controller.openMap(stored.id, { ydoc });
      ydoc.off('update', keepLate);
      if (late.length) await appendUpdates(this.controller.database, stored.id, late);
      return { ok: true };
    } finally {
      const adopted = this.adopting === null && this.connection === download;
      this.adopting = null;
      if (!adopted) {
        download.destroy();
        if (this.controller.mapSession?.ydoc !== ydoc) ydoc.destroy();
      }
    }
  }

  /** Colleagues see what this person has selected. */
  setSelection(ids: readonly string[]): void {
    this.connection?.setSelection(ids);
  }

  private attach(connection: TeamConnection): void {
    this.connection = connection;
    if (this.session) this.showRemembered(this.session.mapId);
    this.announcedSelection = this.controller.state.selection;
    connection.setSelection([...this.controller.state.selection.nodeIds, ...this.controller.state.selection.linkIds]);
    const update = (state: TeamConnectionState) => {
      // A view invite (or a server that says read-only) means the editor refuses edits too:
      // the server drops a viewer's writes without a word.
      if (this.controller.state.readOnly !== (state.role === 'view')) this.controller.setReadOnly(state.role === 'view');
      this.store.set({ connection: state });
    };
    connection.subscribe(update);
    update(connection.current);
  }

  private disconnect(): void {
    this.connection?.destroy();
    this.connection = null;
    this.session = null;
    this.store.set({ connection: null, invites: { edit: null, view: null }, serverLabel: '' });
  }

  destroy(): void {
    this.disconnect();
  }
}
