import { createContext, useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** Closes the open menu and gives focus back to its button, so keyboard users stay in place. */
const CloseMenu = createContext<() => void>(() => {});

const ITEMS = '[role="menuitem"]:not(:disabled), [role="menuitemcheckbox"]:not(:disabled)';

/**
 * A toolbar button that opens a menu (the WAI-ARIA menu button pattern): Enter, Space or
 * Arrow Down opens it on the first item; arrows, Home and End move; Escape closes and returns
 * to the button; Tab or a click elsewhere closes it. Every toolbar menu uses this one.
 */
export function MenuButton({
  label,
  menuLabel,
  title,
  disabled = false,
  pressed,
  align = 'start',
  onOpen,
  children,
}: {
  label: ReactNode;
  /** The menu's accessible name, when the button's text is not it. */
  menuLabel: string;
  title?: string;
  disabled?: boolean;
  /** Shown as on (e.g. a panel the menu controls is open). */
  pressed?: boolean;
  align?: 'start' | 'end';
  /** E.g. refresh a list the menu shows. */
  onOpen?: () => void;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>(ITEMS)?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('pointerdown', closeOutside);
    return () => window.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Tab') return setOpen(false);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items[items.length - 1]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        className={`button${pressed ? ' is-pressed' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        title={title}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            onOpen?.();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className={`menu menu--${align}`} role="menu" aria-label={menuLabel} onKeyDown={onMenuKey}>
          <CloseMenu.Provider value={close}>{children}</CloseMenu.Provider>
        </div>
      )}
    </div>
  );
}

/** One choice: closes the menu, then runs. `name` gives the full name where the text leans on a heading. */
export function MenuItem({ onSelect, disabled, name, checked, children }: { onSelect: () => void; disabled?: boolean; name?: string; checked?: boolean; children: ReactNode }) {
  const close = useContext(CloseMenu);
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
      aria-checked={checked}
      className="menu__item"
      aria-label={name}
      disabled={disabled}
      onClick={() => {
        close();
        onSelect();
      }}
    >
      {checked !== undefined && <span className="menu__check" aria-hidden="true">{checked ? '✓' : ''}</span>}
      {children}
    </button>
  );
}

/** Related choices under a heading (the heading is the group's name for screen readers). */
export function MenuGroup({ heading, children }: { heading?: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={heading} className={`menu__group${heading ? ' menu__group--headed' : ''}`}>
      {heading && (
        <div className="menu__heading" aria-hidden="true">
          {heading}
        </div>
      )}
      {children}
    </div>
  );
}

/** A short explanation beside an item's text, e.g. "Opens as a new map". */
export function MenuHint({ children }: { children: ReactNode }) {
  return <span className="menu__hint">{children}</span>;
}

export function MenuNote({ children }: { children: ReactNode }) {
  return <p className="menu__note">{children}</p>;
}
