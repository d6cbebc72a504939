import type { IpcRequest, IpcResponse, MenuCommand } from './contract';

/**
 * What the preload exposes on `window.goodHelpDesktop`: one named function per channel and
 * nothing generic. The preload declares its object with this type, so the two cannot drift.
 */
export interface DesktopBridge {
  writeBackup(request: IpcRequest<'backup:write'>): Promise<IpcResponse<'backup:write'>>;
  listBackups(request: IpcRequest<'backup:list'>): Promise<IpcResponse<'backup:list'>>;
  readBackup(request: IpcRequest<'backup:read'>): Promise<IpcResponse<'backup:read'>>;
  openExternal(request: IpcRequest<'shell:openExternal'>): Promise<IpcResponse<'shell:openExternal'>>;
  appInfo(): Promise<IpcResponse<'app:info'>>;
  saveFile(request: IpcRequest<'file:save'>): Promise<IpcResponse<'file:save'>>;
  openFile(request: IpcRequest<'file:open'>): Promise<IpcResponse<'file:open'>>;
  takeOpenedFiles(): Promise<IpcResponse<'file:takeOpened'>>;
  recentFiles(): Promise<IpcResponse<'file:recent'>>;
  openRecentFile(request: IpcRequest<'file:openRecent'>): Promise<IpcResponse<'file:openRecent'>>;
  /** Fetches one page of an Open Referral UK feed in the main process (the page's CSP allows no other address). */
  getFeedPage(request: IpcRequest<'feed:getPage'>): Promise<IpcResponse<'feed:getPage'>>;
  /** Opens (or brings forward) the read-only audience window, on the second display when there is one. */
  openAudienceWindow(): Promise<IpcResponse<'window:openAudience'>>;
  /** Names a team server in the policy the app's pages are served with (before the window starts again). */
  allowTeamServer(request: IpcRequest<'sharing:allowServer'>): Promise<IpcResponse<'sharing:allowServer'>>;
  /** Runs `listener` whenever the OS hands the app files to open; returns a function that stops listening. */
  onFilesWaiting(listener: () => void): () => void;
  /** Runs `listener` for each native menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    goodHelpDesktop?: DesktopBridge;
  }
}
