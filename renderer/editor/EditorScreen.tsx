import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useAppState, useController } from '../app/controllerContext';
import { MapCanvas } from '../canvas/MapCanvas';
import { useRevealedNameInside } from '../canvas/useRevealedNameInside';
import { ConnectDialog } from '../canvas/ConnectDialog';
import { EmphasisBar } from '../canvas/EmphasisBar';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { desktopBridge } from '../platform/desktopBridge';
import { BackupsDialog } from '../platform/BackupsDialog';
import { FileDialogs } from '../files/FileDialogs';
import { MapSettingsDialog } from '../mapSettings/MapSettingsDialog';
import { AboutDialog } from './AboutDialog';
import { createAppCommands, type AppCommands } from './appCommands';
import { useClipboardEvents } from './useClipboardEvents';
import { useFocusUncovered } from './useFocusUncovered';
import { MoveOverlay } from './MoveOverlay';
import { FindDialog } from './FindDialog';
import { handleShortcut } from './keyboardShortcuts';
import { NoticeBar } from './NoticeBar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SideColumn } from './SideColumn';
import { Toolbar } from './Toolbar';
import { useDemoMap } from '../maps/useDemoMap';
import { WorkshopLayer } from '../workshop/WorkshopLayer';

function EditorLayout() {
  const controller = useController();
  const flow = useReactFlow();
  const openDemo = useDemoMap();
  const commands: AppCommands = useMemo(() => createAppCommands(controller, flow, openDemo), [controller, flow, openDemo]);
  const dialog = useAppState((s) => s.dialog);
  const linkSource = useAppState((s) => (s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0] : undefined));
  useClipboardEvents(controller);
  useFocusUncovered();
  useRevealedNameInside();
  useEffect(() => desktopBridge?.onMenuCommand((command) => commands[command]()), [commands]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) =>
      handleShortcut(event, commands, {
        desktopMenu: desktopBridge !== null,
        openLink: () => (controller.state.selection.nodeIds.length === 1 ? controller.setDialog('link') : controller.notify('info', 'Select one node first, then press L to link it to another.')),
      });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands, controller]);

  return (
    <div className="editor">
      <Toolbar commands={commands} />
      <main className="editor__main">
        <h1 className="visually-hidden">Map editor</h1>
        <AnalysisPanel />
        {/* The "Showing:" bar docks above the map rather than over it, so it is never cut short. */}
        <div className="map-column">
          <EmphasisBar />
          <MapCanvas />
          <MoveOverlay />
          {/* Over the map it is about, clear of the side panels (in workshop mode, of the zoom buttons and the dock too). */}
          <NoticeBar />
        </div>
        <SideColumn />
      </main>
      <WorkshopLayer />
      {dialog === 'find' && <FindDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'about' && <AboutDialog />}
      {dialog === 'backups' && <BackupsDialog />}
      <FileDialogs inEditor />
      {dialog === 'mapSettings' && <MapSettingsDialog />}
      {dialog === 'link' && linkSource && (
        <ConnectDialog connection={{ source: linkSource, target: null }} onClose={() => controller.setDialog('none')} />
      )}
    </div>
  );
}

export function EditorScreen() {
  return (
    <ReactFlowProvider>
      <EditorLayout />
    </ReactFlowProvider>
  );
}
