// The app's sharing, beside the editor controller: it attaches a team connection to whichever
// map is open when that map has been shared or joined on this computer, makes a view invite's
// map read-only, and keeps the status the toolbar shows. It connects to nothing for a map that
// was never shared.
import * as Y from 'yjs';
import { parseInvite } from '../../shared/sync/invite';
import type { EditorController } from '../state/editorController';
import type { MapSession } from '../state/mapSession';
import { Store } from '../state/store';
import { rememberedInvite, rememberInvite, storeDownloadedMap } from './sharedMapStore';
import { shareMap } from './sharingService';
import { TeamConnection, type TeamConnectionState } from './teamConnection';

export interface TeamSharingState {
  /** The open map's connection state, or null when the open map is not shared. */
  connection: TeamConnectionState | null;
  /** The invites to hand out, for the open map when this computer shared it. */
  invites: { edit: string | null; view: string | null };
}

const DOWNLOAD_PATIENCE_MS = 60_000;

export class TeamSharing {
  readonly store = new Store<TeamSharingState>({ connection: null, invites: { edit: null, view: null } });
  private connection: TeamConnection | null = null;
  private session: MapSession | null = null;

  constructor(
    private readonly controller: EditorController,
    private readonly storage: Storage | undefined,
  ) {
    // A map closed or another opened: the old connection goes with it.
    controller.store.subscribe(() => {
      if (this.session && controller.mapSession !== this.session) this.disconnect();
      if (this.connection) this.connection.setLocalWriteFailing(controller.state.saveStatus === 'retrying');
    });
  }

  /** Pass as the controller's `onSessionOpened`. */
  readonly sessionOpened = (session: MapSession): void => {
    this.disconnect();
    this.session = session;
    const remembered = rememberedInvite(this.storage, session.mapId);
    if (remembered) this.attach(new TeamConnection({ doc: session.ydoc, invite: remembered.invite, personName: this.controller.displayName }));
  };

  /** File ▸ Share with your team…, for the open map. */
  async share(request: { serverAddress: string; accessKey: string; personName: string }) {
    const session = this.controller.mapSession;
    const doc = this.controller.state.doc;
    if (!session || !doc) return { ok: false as const, field: null, message: 'Open a map first.' };
    this.controller.setDisplayName(request.personName);
    this.disconnect();
    this.session = session;
    const result = await shareMap({ ...request, mapName: doc.meta.name, doc: session.ydoc, personName: request.personName });
    if (!result.ok) return result;
    rememberInvite(this.storage, session.mapId, result.shared.editInvite);
    this.attach(result.shared.connection);
    this.store.set({ invites: { edit: result.shared.editInvite, view: result.shared.viewInvite } });
    return { ok: true as const, editInvite: result.shared.editInvite, viewInvite: result.shared.viewInvite };
  }

  /** The start screen's Join a shared map…: download the map, store it here, open it. */
  async join(inviteText: string, personName: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const parsed = parseInvite(inviteText);
    if (!parsed.ok) return parsed;
    this.controller.setDisplayName(personName);
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
      const mapId = await storeDownloadedMap(this.controller.database, ydoc);
      if (!mapId) return { ok: false, message: 'The team server sent something that is not a map. Ask whoever shared it to share it again.' };
      rememberInvite(this.storage, mapId, inviteText.trim());
      await this.controller.openMap(mapId);
      return { ok: true };
    } finally {
      download.destroy();
      ydoc.destroy();
    }
  }

  /** Colleagues see what this person has selected. */
  setSelection(ids: readonly string[]): void {
    this.connection?.setSelection(ids);
  }

  private attach(connection: TeamConnection): void {
    this.connection = connection;
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
    this.store.set({ connection: null, invites: { edit: null, view: null } });
  }

  destroy(): void {
    this.disconnect();
  }
}
