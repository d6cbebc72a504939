import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import '../styles/popover.css';

const POPOVER_WIDTH = 340;

/**
 * A toolbar button that opens a small panel under it (the toolbar has no room for more
 * buttons). Not modal: Escape or a click elsewhere closes it and focus returns to the button.
 */
export function ToolbarPopover({
  label,
  title,
  open: controlledOpen,
  onOpenChange,
  children,
}: {
  label: ReactNode;
  title: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: (close: () => void) => ReactNode;
}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => (onOpenChange ? onOpenChange(next) : setOwnOpen(next));
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const headingId = useId();
  // Opens to the right of the button unless that would run off the window.
  const [align, setAlign] = useState<'left' | 'right'>('left');
  useLayoutEffect(() => {
    if (!open || !anchor.current) return;
    const { left } = anchor.current.getBoundingClientRect();
    setAlign(left + POPOVER_WIDTH + 8 > window.innerWidth ? 'right' : 'left');
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (anchor.current && event.target instanceof Node && !anchor.current.contains(event.target)) setOpenRef.current(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Focus can fall to the page when the button it was on goes (a deleted view), so Escape there closes too.
      const inside = event.target instanceof Node && anchor.current?.contains(event.target);
      if (!inside && event.target !== document.body) return;
      event.preventDefault();
      setOpenRef.current(false);
      button.current?.focus();
    };
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const setOpenRef = useRef(setOpen);
  setOpenRef.current = setOpen;

  return (
    <div
      className="popover-anchor"
      ref={anchor}
      // Tabbing on past its last control closes it, so it never stays over what gets the focus next.
      onBlur={(event) => {
        if (open && event.relatedTarget instanceof Node && !anchor.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`button${open ? ' is-active' : ''}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div id={panelId} className={`popover popover--${align}`} role="dialog" aria-labelledby={headingId}>
          <h2 id={headingId}>{title}</h2>
          {children(() => {
            setOpen(false);
            button.current?.focus();
          })}
        </div>
      )}
    </div>
  );
}
