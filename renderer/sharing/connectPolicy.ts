// Where this window may connect: itself, and the team servers this profile chose (by sharing
// on one or joining from an invite) — never "any server". The page's own policy leaves
// connect-src to the app; at start this adds a second policy naming only the chosen servers, so
// a connection must pass both. A policy can be tightened but never loosened while the page is
// open, so choosing a new server reloads the window (TeamSharing resumes the share or join).
import { parseServerAddress, type TeamServerAddress } from '../../shared/sync/serverAddress';
import { teamServerConnectSources } from '../../shared/sync/teamServerPolicy';
import { desktopBridge } from '../platform/desktopBridge';

const CHOSEN_SERVERS_KEY = 'good-help-map.teamServers';

export interface ConnectPolicy {
  /** Whether this window may already connect to the server. */
  allows(server: TeamServerAddress): boolean;
  /** Remembers the server as chosen, for the next time the window starts. */
  choose(server: TeamServerAddress): void;
  /** Starts the window again, with its policy naming every chosen server, then carries on with `pending`. */
  reloadAndResume(pending: PendingSharing): void;
  /** The share or join the window was started again for, once. */
  takePending(): PendingSharing | null;
}

/** A share or join waiting for the window to start again with its server allowed. */
export type PendingSharing =
  | { kind: 'share'; mapId: string; serverAddress: string; accessKey: string; personName: string; anonymised: boolean }
  | { kind: 'join'; invite: string; personName: string };

const PENDING_KEY = 'good-help-map.pendingSharing';
const MAX_SERVERS = 20;

export function chosenServers(storage: Storage | undefined): TeamServerAddress[] {
  let list: unknown;
  try {
    list = JSON.parse(storage?.getItem(CHOSEN_SERVERS_KEY) ?? '[]');
  } catch {
    list = [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const parsed = typeof entry === 'string' ? parseServerAddress(entry) : null;
    return parsed?.ok ? [parsed.address] : [];
  });
}

/** Adds the narrowing policy to the page, before anything connects; returns what it allows. */
export function installConnectPolicy(document: Document, storage: Storage | undefined, tabStorage: Storage | undefined): ConnectPolicy {
  const sources = new Set(teamServerConnectSources(chosenServers(storage)));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${[...sources].join(' ')}`;
  document.head.prepend(meta);
  // The desktop app also serves its pages with a policy naming the chosen servers (electron/teamServers.ts).
  let toldDesktop: Promise<unknown> = Promise.resolve();
  return {
    allows: (server) => teamServerConnectSources([server]).every((source) => sources.has(source)),
    choose: (server) => {
      const list = chosenServers(storage).map((s) => s.httpUrl);
      if (!list.includes(server.httpUrl)) list.push(server.httpUrl);
      storage?.setItem(CHOSEN_SERVERS_KEY, JSON.stringify(list.slice(-MAX_SERVERS)));
      if (desktopBridge) toldDesktop = desktopBridge.allowTeamServer({ address: server.httpUrl }).catch(() => undefined);
    },
    // Kept in this tab's session storage only for the moment of the reload: it may hold a team key.
    reloadAndResume: (pending) => {
      tabStorage?.setItem(PENDING_KEY, JSON.stringify(pending));
      void toldDesktop.then(() => window.location.reload());
    },
    takePending: () => {
      const text = tabStorage?.getItem(PENDING_KEY);
      tabStorage?.removeItem(PENDING_KEY);
      if (!text) return null;
      try {
        const pending = JSON.parse(text) as PendingSharing;
        return pending.kind === 'share' || pending.kind === 'join' ? pending : null;
      } catch {
        return null;
      }
    },
  };
}
