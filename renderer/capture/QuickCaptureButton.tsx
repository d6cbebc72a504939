import { useEffect, useState } from 'react';
import { useAppState } from '../app/controllerContext';
import { isEditingText } from '../editor/textEditing';
import { QuickCaptureDialog } from './QuickCaptureDialog';

/** The toolbar's Quick capture button; Q opens it from the map too. */
export function QuickCaptureButton() {
  const [open, setOpen] = useState(false);
  const otherDialog = useAppState((s) => s.dialog !== 'none');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key.toLowerCase() !== 'q' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditingText(event.target) || (event.target instanceof Element && event.target.closest('dialog, [role="dialog"]'))) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} title="Type or paste a list of names (Q)" aria-keyshortcuts="Q">
        Quick capture
      </button>
      {open && !otherDialog && <QuickCaptureDialog onClose={() => setOpen(false)} />}
    </>
  );
}
