import { useEffect } from 'react';
import './files.css';
import { useAppState, useController } from '../app/controllerContext';
import { desktopBridge } from '../platform/desktopBridge';
import { readFiles } from '../platform/openFile';
import { SharingDialogs } from '../sharing/SharingDialogs';
import { BringIntoView } from './BringIntoView';
import { ExportDialog } from './ExportDialog';
import { createFileCommands } from './fileCommands';
import { FeedDialog } from './FeedDialog';
import { ImportDialog } from './ImportDialog';
import { MergeDialog } from './MergeDialog';
import { NeedFiguresDialog } from './NeedFiguresDialog';
import { PassphraseDialog } from './PassphraseDialog';
import { ShareableCopyDialog } from './ShareableCopyDialog';
import { useFileService, useFileUi } from './useFileService';

/**
 * The file dialogs and the ways files arrive without a dialog: dropped on the window, or
 * handed over by the OS (double-click, "Open with"). Mounted on both screens.
 */
export function FileDialogs({ inEditor = false }: { inEditor?: boolean }) {
  const controller = useController();
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog.kind);
  const dragging = useFileUi((s) => s.dragging);
  const screen = useAppState((s) => s.screen);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      files.store.set({ dragging: true });
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) files.store.set({ dragging: false });
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      files.store.set({ dragging: false });
      const dropped = [...(event.dataTransfer?.files ?? [])];
      readFiles(dropped).then(
        (picked) => files.openFiles(picked),
        (error: unknown) => controller.notify('error', `${error instanceof Error ? error.message : String(error)} Nothing has been changed.`),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [controller, files]);

  useEffect(() => {
    if (!desktopBridge) return;
    void files.takeFilesFromOs();
    return desktopBridge.onFilesWaiting(() => void files.takeFilesFromOs());
  }, [files]);

  // The editor routes every native menu command itself; on the start screen only File commands apply.
  useEffect(() => {
    if (!desktopBridge || screen === 'editor') return;
    const commands = createFileCommands(controller);
    return desktopBridge.onMenuCommand((command) => {
      if (command in commands) commands[command as keyof typeof commands]();
    });
  }, [controller, screen]);

  return (
    <>
      {inEditor && <BringIntoView />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a map file to open it, or a spreadsheet to import it</p>
        </div>
      )}
      {dialog === 'passphrase' && <PassphraseDialog />}
      {dialog === 'shareable' && <ShareableCopyDialog />}
      {dialog === 'export' && <ExportDialog />}
      {dialog === 'import' && <ImportDialog />}
      {dialog === 'feed' && <FeedDialog />}
      {dialog === 'needFigures' && <NeedFiguresDialog />}
      {(dialog === 'merge' || dialog === 'mergeCopy') && <MergeDialog />}
      <SharingDialogs />
    </>
  );
}
