import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../shared/ipc/bridge';
import { FILES_WAITING_CHANNEL } from '../shared/ipc/fileChannels';
import { MENU_COMMANDS, MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/menuCommands';

/**
 * The whole desktop API the page can see: one named function per channel, nothing generic.
 * The main process validates every request again; this side only keeps the shape honest.
 */
if (!process.contextIsolated) {
  throw new Error('Good Help Map refuses to run its preload without context isolation.');
}

const api: DesktopBridge = {
  writeBackup: (request) => ipcRenderer.invoke('backup:write', request),
  listBackups: (request) => ipcRenderer.invoke('backup:list', request),
  readBackup: (request) => ipcRenderer.invoke('backup:read', request),
  openExternal: (request) => ipcRenderer.invoke('shell:openExternal', request),
  appInfo: () => ipcRenderer.invoke('app:info', {}),
  saveFile: (request) => ipcRenderer.invoke('file:save', request),
  openFile: (request) => ipcRenderer.invoke('file:open', request),
  takeOpenedFiles: () => ipcRenderer.invoke('file:takeOpened', {}),
  recentFiles: () => ipcRenderer.invoke('file:recent', {}),
  openRecentFile: (request) => ipcRenderer.invoke('file:openRecent', request),
  getFeedPage: (request) => ipcRenderer.invoke('feed:getPage', request),
  openAudienceWindow: () => ipcRenderer.invoke('window:openAudience', {}),
  allowTeamServer: (request) => ipcRenderer.invoke('sharing:allowServer', request),
  onFilesWaiting: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(FILES_WAITING_CHANNEL, handler);
    return () => ipcRenderer.removeListener(FILES_WAITING_CHANNEL, handler);
  },
  onMenuCommand: (listener) => {
    const known = new Set<string>(MENU_COMMANDS);
    const handler = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && known.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('goodHelpDesktop', api);
