// Who may open which map, and how: every connection presents a map key as its token. The server
// trusts nothing the client says about itself — the key is looked up by hash, must belong to the
// very map being opened, and a view key's connection is read-only (Hocuspocus then drops its
// writes; the app refuses them in its UI too). Connection counts are bounded per process and
// per map.
import type { beforeHandleAwarenessPayload, connectedPayload, Connection, Extension, onAuthenticatePayload, onConnectPayload } from '@hocuspocus/server';
import { sharedMapIdSchema, type MapRole } from '../../shared/sync/accessKeys';
import { presenceStateSchema } from '../../shared/sync/presence';
import { TEAM_SERVER_LIMITS } from '../../shared/sync/teamServerLimits';
import type { AccessKeyStore } from './accessKeyStore';

export interface ConnectionContext {
  role: MapRole;
  keyId: string;
}

/** Refusals carry a reason the app can turn into a sentence (provider's authenticationFailed). */
export class Refusal extends Error {
  constructor(readonly reason: 'wrong-key' | 'no-such-map' | 'server-full') {
    super(`Refused a connection: ${reason}`);
  }
}

export interface AccessControlOptions {
  maxConnections?: number;
  maxConnectionsPerMap?: number;
  /** How often open connections are checked against withdrawn keys. */
  revocationCheckMs?: number;
}

export class AccessControl implements Extension {
  extensionName = 'Access keys';
  private readonly maxConnections: number;
  private readonly maxConnectionsPerMap: number;
  private readonly open = new Set<Connection<ConnectionContext>>();
  private readonly revocationTimer: NodeJS.Timeout;

  constructor(
    private readonly keys: AccessKeyStore,
    options: AccessControlOptions = {},
  ) {
    this.maxConnections = options.maxConnections ?? TEAM_SERVER_LIMITS.maxConnections;
    this.maxConnectionsPerMap = options.maxConnectionsPerMap ?? TEAM_SERVER_LIMITS.maxConnectionsPerMap;
    // `revoke-key` runs in another process, so withdrawn keys are looked for in the database.
    this.revocationTimer = setInterval(() => this.closeRevoked(), options.revocationCheckMs ?? 10_000);
    this.revocationTimer.unref();
  }

  async connected({ connection }: connectedPayload<ConnectionContext>): Promise<void> {
    this.open.add(connection);
    connection.onClose(() => this.open.delete(connection));
  }

  /** People connected with a key that has since been withdrawn are disconnected. */
  private closeRevoked(): void {
    for (const connection of this.open) {
      if (!this.keys.isLive(connection.context.keyId)) {
        this.open.delete(connection);
        connection.close({ code: 4403, reason: 'wrong-key' });
      }
    }
  }

  async onDestroy(): Promise<void> {
    clearInterval(this.revocationTimer);
  }

  async onConnect({ documentName, instance }: onConnectPayload): Promise<void> {
    if (!sharedMapIdSchema.safeParse(documentName).success) throw new Refusal('no-such-map');
    if (instance.getConnectionsCount() >= this.maxConnections) throw new Refusal('server-full');
    const open = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
    if (open >= this.maxConnectionsPerMap) throw new Refusal('server-full');
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<ConnectionContext> {
    const key = this.keys.find(token);
    if (!key || (key.kind !== 'edit' && key.kind !== 'view') || key.mapId !== documentName) throw new Refusal('wrong-key');
    connectionConfig.readOnly = key.kind === 'view';
    return { role: key.kind, keyId: key.id };
  }

  /**
   * Presence passes from one person's computer to everyone else's: only well-formed states go
   * on, stripped to the fields the app knows, so nobody can pass others junk or megabytes.
   */
  async beforeHandleAwareness({ states }: beforeHandleAwarenessPayload): Promise<void> {
    for (const [clientId, state] of states) {
      const parsed = presenceStateSchema.safeParse(state);
      if (parsed.success) states.set(clientId, parsed.data);
      else states.delete(clientId);
    }
  }
}
