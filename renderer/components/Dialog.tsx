import { useEffect, useId, useRef, type ReactNode } from 'react';
import { focusIsLost, focusMap } from '../canvas/focusMap';

/** What a dialog's focus starts on: its first field, else its first control other than Close. */
const FIRST_FIELD = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';
const FIRST_CONTROL = 'button:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

function focusFirstField(dialog: HTMLDialogElement, startOn: 'field' | 'content'): void {
  const body = dialog.querySelector<HTMLElement>('.dialog__content') ?? dialog;
  // A dialog to read starts at its top, not on a link far down that would scroll the start away.
  // Focusing the text must not scroll the dialog's title and Close out of sight.
  if (startOn === 'content') {
    body.focus({ preventScroll: true });
    return;
  }
  let wanted = body.querySelector<HTMLElement>(FIRST_FIELD) ?? body.querySelector<HTMLElement>(FIRST_CONTROL);
  // In a group of radio buttons the keyboard belongs on the chosen one.
  if (wanted instanceof HTMLInputElement && wanted.type === 'radio' && wanted.name) {
    wanted = body.querySelector<HTMLElement>(`input[type="radio"][name="${CSS.escape(wanted.name)}"]:checked`) ?? wanted;
  }
  // A dialog that only tells you something starts on its text, so Enter does not close it
  // unread and the arrow keys scroll it.
  if (wanted) wanted.focus();
  else body.focus({ preventScroll: true });
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes on Escape and
 * tells screen readers it is modal, so we do not re-implement any of that.
 */
export function Dialog({
  title,
  onClose,
  children,
  wide = false,
  returnFocus = 'opener',
  startOn = 'field',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** Where the keyboard goes on closing: back to what opened it, or to the map (the selected node). */
  returnFocus?: 'opener' | 'map';
  /** Where the keyboard starts: the first field (a form), or the top of the text (a report to read). */
  startOn?: 'field' | 'content';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // showModal puts the focus on the first focusable element, which is the Close button in
    // the header: typing or Enter would then do nothing or close. Start on the first field.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal();
      focusFirstField(dialog, startOn);
    }
    return () => {
      // Once closed, the focus goes back where it was; if that is gone (or was the page), to
      // the map, never to the body where it is invisible.
      requestAnimationFrame(() => {
        if (!focusIsLost()) return;
        if (returnFocus === 'opener' && opener && opener !== document.body && opener.isConnected) opener.focus();
        else focusMap(selectedNodeId());
      });
    };
    // Opened once: the opener and where focus goes are those of that moment.
  }, []);
  // A dialog that changes what it shows (an import, from reading the file to its preview) can
  // take away the control that had the keyboard: start again on the first field, never the page.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog?.open && focusIsLost()) focusFirstField(dialog, startOn);
  });
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog__body">
        <div className="dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button button--quiet dialog__close" onClick={onClose} aria-label="Close">
            ✕
          </button>
        </div>
        <div className="dialog__content" tabIndex={-1}>
          {children}
        </div>
      </div>
    </dialog>
  );
}

/** The one selected node, read from the map's own markup so this stays free of the store. */
function selectedNodeId(): string | undefined {
  const selected = document.querySelectorAll<HTMLElement>('.react-flow__node.selected');
  return selected.length === 1 ? selected[0]!.dataset.id : undefined;
}
