import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/start.css';
import './styles/editor.css';
import './styles/canvas.css';
import './styles/details.css';
import './styles/menu.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AudienceApp } from './audience/AudienceApp';
import { isAudienceWindow } from './audience/openAudienceWindow';
import { ControllerContext } from './app/controllerContext';
import { createBackupMirror } from './platform/backupMirror';
import { desktopBridge } from './platform/desktopBridge';
import { EditorController } from './state/editorController';
import { fitFlying } from './canvas/fitMap';
import { namesUnplaced } from './canvas/useSeenArea';
import { createTeamSharing } from './sharing/useTeamSharing';
import { installConnectPolicy } from './sharing/connectPolicy';
import type { TeamSharing } from './sharing/teamSharing';
import { GoodHelpDatabase } from './storage/database';
import { describeOpenFailure } from './storage/openFailure';
import { rememberHavingData, requestPersistentStorage, watchForDataLoss } from './storage/storageHealth';

// An audience window (renderer/audience) shows the facilitator's map and never edits or chooses one.
const audience = isAudienceWindow(window.location.search);
const storage = audience ? undefined : safeLocalStorage();
const db = new GoodHelpDatabase();
let controller: EditorController | null = null;
let sharing: TeamSharing | null = null;
watchForDataLoss(db, storage, () => controller?.reportDataLoss());
// An older window still holds the database open while this one upgrades it: say so, not "Opening…" for ever.
db.on('blocked', () => controller?.showStorageFailure(describeOpenFailure({ name: 'Blocked' })));

const mirror = desktopBridge ? createBackupMirror(desktopBridge, (message) => controller?.notify('warning', message)) : null;
controller = new EditorController({
  db,
  ...(storage ? { storage } : {}),
  onMapChanged: (doc) => {
    rememberHavingData(storage, true);
    mirror?.onMapChanged(doc);
  },
  // A map this profile shared or joined reconnects to its team server; no other map connects anywhere.
  onSessionOpened: (session) => sharing?.sessionOpened(session),
});
// The servers this profile chose are the only ones this window may reach; see connectPolicy.ts.
const connectPolicy = installConnectPolicy(document, storage, audience ? undefined : safeSessionStorage());
if (!audience) sharing = createTeamSharing(controller, storage, connectPolicy);

// Write anything pending before the window goes; IndexedDB finishes a started transaction.
window.addEventListener('pagehide', () => {
  void controller?.flush();
  void mirror?.flush();
});

void requestPersistentStorage();
if (!audience)
  void controller.start().then(() => {
    rememberHavingData(storage, (controller?.state.maps.length ?? 0) > 0);
    void sharing?.resume();
  });

// For browser tests and the benchmark: wait until every change is on disk, open a whole map.
(window as unknown as { goodHelpMap: unknown }).goodHelpMap = {
  flush: () => controller?.flush(),
  // When the last edit reached the disk (performance.now()): the worker commits before the page hears.
  committedAt: () => controller?.mapSession?.committedAt ?? null,
  openSnapshot: (snapshot: unknown) => controller?.openSnapshot(snapshot),
  openMap: (mapId: string) => controller?.openMap(mapId),
  dispatch: (command: Parameters<EditorController['dispatch']>[0]) => controller?.dispatch(command),
  mapId: () => controller?.state.doc?.meta.id ?? null,
  node: (id: string) => controller?.state.doc?.nodes[id] ?? null,
  // Whether the names shown are placed for where the camera rests, and no fit is on its way to move it.
  namesPlaced: () => !fitFlying() && !namesUnplaced(),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ControllerContext.Provider value={controller}>
      {audience ? <AudienceApp /> : <App />}
    </ControllerContext.Provider>
  </StrictMode>,
);

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
