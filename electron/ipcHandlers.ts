import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CONTRACT, type IpcChannel, type IpcRequest, type IpcResponse } from '../shared/ipc/contract';
import type { BackupStore } from './backups';
import { fetchFeedPage, type FeedFetch } from './feedFetch';
import { createFileHandlers, type FileHandlerDeps } from './fileHandlers';
import { isSafeExternalUrl } from './security';

export type Handler<C extends IpcChannel> = (request: IpcRequest<C>) => Promise<IpcResponse<C>> | IpcResponse<C>;

/** The parts of an invoke event the sender check needs; a plain object in tests. */
export interface SenderInfo {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * Wraps a handler so that nothing reaches it unless it comes from our own page's main frame
 * and its argument parses against the contract; the reply is parsed too. Types alone are not
 * trusted at a process boundary.
 */
export function guardHandler<C extends IpcChannel>(
  channel: C,
  handler: Handler<C>,
  isTrustedSender: (url: string) => boolean,
): (event: SenderInfo, payload: unknown) => Promise<IpcResponse<C>> {
  const contract = IPC_CONTRACT[channel];
  return async (event, payload) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) {
      throw new Error(`Refused ${channel}: the request did not come from Good Help Map's own window.`);
    }
    const request = contract.request.safeParse(payload ?? {});
    if (!request.success) {
      const issue = request.error.issues[0];
      throw new Error(`Refused ${channel}: ${issue?.path.join('.') || 'request'} ${issue?.message ?? 'is not valid'}`);
    }
    const response = await handler(request.data as IpcRequest<C>);
    return contract.response.parse(response) as IpcResponse<C>;
  };
}

export interface HandlerDeps {
  readonly backups: BackupStore;
  readonly openExternal: (url: string) => Promise<void>;
  readonly appInfo: () => IpcResponse<'app:info'>;
  readonly files: FileHandlerDeps;
  /** Opens the audience window (electron/audienceWindow.ts); absent where there is no screen to open it on. */
  readonly openAudienceWindow?: () => IpcResponse<'window:openAudience'>;
  /** The network, for ORUK feed pages only (electron/feedFetch.ts checks every address). */
  readonly fetch?: FeedFetch;
  /** Names a team server in the pages' policy (electron/teamServers.ts); false for a bad address. */
  readonly allowTeamServer?: (address: string) => Promise<boolean>;
}

export function createHandlers(deps: HandlerDeps): { [C in IpcChannel]: Handler<C> } {
  return {
    'backup:write': async (req) => ({ fileName: await deps.backups.write(req.mapId, req.mapName, req.snapshotJson) }),
    'backup:list': async (req) => ({ backups: await deps.backups.list(req.mapId) }),
    'backup:read': async (req) => ({ snapshotJson: await deps.backups.read(req.fileName) }),
    'shell:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      await deps.openExternal(url);
      return { opened: true };
    },
    'app:info': () => deps.appInfo(),
    'feed:getPage': (req) => fetchFeedPage(req, deps.fetch ?? globalThis.fetch),
    'window:openAudience': () => {
      if (!deps.openAudienceWindow) throw new Error('The audience window cannot be opened here.');
      return deps.openAudienceWindow();
    },
    'sharing:allowServer': async ({ address }) => ({ allowed: deps.allowTeamServer ? await deps.allowTeamServer(address) : false }),
    ...createFileHandlers(deps.files),
  };
}

export function registerHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: HandlerDeps, isTrustedSender: (url: string) => boolean): void {
  const handlers = createHandlers(deps);
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    const guarded = guardHandler(channel, handlers[channel] as Handler<typeof channel>, isTrustedSender);
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => guarded(event, payload));
  }
}
