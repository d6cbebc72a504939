import { useEffect } from 'react';
import type { EditorController } from '../state/editorController';
import { isEditingText } from './textEditing';

/**
 * Copy, cut and paste of nodes through the browser's clipboard events. These fire for the
 * keyboard shortcuts, the browser's menu and the desktop app's Edit menu alike, and unlike
 * the async Clipboard API they need no permission (which the desktop app denies).
 */
export function useClipboardEvents(controller: EditorController): void {
  useEffect(() => {
    const write = (event: ClipboardEvent, text: string | null) => {
      if (!text) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const onCopy = (event: ClipboardEvent) => {
      if (!isEditingText(event.target)) write(event, controller.copy());
    };
    const onCut = (event: ClipboardEvent) => {
      if (!isEditingText(event.target)) write(event, controller.cut());
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditingText(event.target) || event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      controller.paste(event.clipboardData?.getData('text/plain') ?? null);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [controller]);
}
