import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/menuCommands';
import { APP_HOST, APP_SCHEME, serveAppRequest } from './appProtocol';
import { AudienceWindowKeeper, audienceWindowUrl } from './audienceWindow';
import { createAudienceBrowserWindow } from './audienceBrowserWindow';
import { BackupStore } from './backups';
import { readUserFile } from './fileAccess';
import { createFileDialogs } from './fileDialogs';
import { OpenQueue, filesFromArgv } from './openRequests';
import { RecentFiles } from './recentFiles';
import { FILES_WAITING_CHANNEL } from '../shared/ipc/fileChannels';
import { registerHandlers } from './ipcHandlers';
import { ChosenTeamServers } from './teamServers';
import { buildMenuTemplate } from './menu';
import { APP_ORIGIN, denyAllPermissions, hardenWebContents, isSafeExternalUrl, isTrustedSenderUrl } from './security';
import { fitWindowToDisplays, parseWindowState } from './windowState';

// Thin glue: every decision lives in a module with its own tests.
const devUrl = process.env.GHM_DEV_URL;
const distDir = join(__dirname, '..', 'dist');
const stateFile = () => join(app.getPath('userData'), 'window-state.json');
let mainWindow: BrowserWindow | null = null;
const audienceWindows = new AudienceWindowKeeper(
  () => screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds })),
  () => mainWindow?.getBounds() ?? null,
  (bounds, fullScreen) => createAudienceBrowserWindow(audienceWindowUrl(devUrl || `${APP_ORIGIN}/index.html`), bounds, fullScreen),
);
// Map files the OS asks us to open (double-click, "Open with") wait here until the page takes them.
const recentFiles = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'));
const openQueue = new OpenQueue(
  readUserFile,
  () => mainWindow?.webContents.send(FILES_WAITING_CHANNEL),
  (path) => recentFiles.add(path),
);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  openQueue.add(filesFromArgv(process.argv.slice(1), process.cwd()));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openQueue.add([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openQueue.add(filesFromArgv(argv.slice(1), workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { openExternal: (url) => void shell.openExternal(url) }),
  );
  app.whenReady().then(start, (error: unknown) => {
    console.error('Good Help Map could not start:', error);
    app.quit();
  });
  app.on('window-all-closed', () => app.quit());
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  // The policy names the team servers this person chose; a new one takes effect as the window starts again.
  const teamServers = new ChosenTeamServers(join(app.getPath('userData'), 'team-servers.json'));
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(distDir, request.url, teamServers.policy));
  const backups = new BackupStore(join(app.getPath('userData'), 'backups'));
  registerHandlers(
    ipcMain,
    {
      backups,
      openExternal: async (url) => {
        if (isSafeExternalUrl(url)) await shell.openExternal(url);
      },
      appInfo: () => ({
        version: app.getVersion(),
        platform: process.platform,
        dataFolder: app.getPath('userData'),
        backupFolder: backups.folder,
      }),
      files: {
        dialogs: createFileDialogs(() => mainWindow, dialog),
        defaultFolder: () => app.getPath('documents'),
        recent: recentFiles,
        queue: openQueue,
        addRecentDocument: (path) => app.addRecentDocument(path),
      },
      openAudienceWindow: () => audienceWindows.open(),
      allowTeamServer: (address) => teamServers.add(address),
    },
    (url) => isTrustedSenderUrl(url, devUrl),
  );
  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isDev: !app.isPackaged, send })));
  createWindow();
}

function createWindow(): void {
  const saved = parseWindowState(existsSync(stateFile()) ? readFileSync(stateFile(), 'utf8') : null);
  const state = fitWindowToDisplays(saved, screen.getAllDisplays().map((d) => d.workArea));
  mainWindow = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Good Help Map',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Middle-click would otherwise open links in new windows; the open handler denies those too.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  if (state.maximised) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  const remember = () => {
    if (!mainWindow || mainWindow.isMinimized()) return;
    const bounds = mainWindow.getNormalBounds();
    writeFileSync(stateFile(), JSON.stringify({ ...bounds, maximised: mainWindow.isMaximized() }));
  };
  let timer: NodeJS.Timeout | undefined;
  const rememberSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  mainWindow.on('resize', rememberSoon);
  mainWindow.on('move', rememberSoon);
  mainWindow.on('close', remember);
  mainWindow.on('closed', () => {
    mainWindow = null;
    audienceWindows.closeAll();
  });
  void mainWindow.loadURL(devUrl || `${APP_ORIGIN}/index.html`);
}

export { APP_HOST };
