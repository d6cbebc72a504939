import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppState } from '../app/controllerContext';
import type { LayoutCommand } from './layoutAppCommands';
import { useLayoutService, useLayoutState } from './useLayoutState';
import './layout.css';

interface Item {
  readonly command: LayoutCommand;
  readonly text: string;
  /** The full name for assistive technology, when the visible text leans on a heading. */
  readonly name?: string;
  readonly disabled?: boolean;
}

/**
 * The toolbar's Layout button and its menu (WAI-ARIA menu button pattern: arrow keys move,
 * Escape closes and returns to the button, a choice closes the menu and runs).
 */
export function LayoutMenu({ commands }: { commands: Record<LayoutCommand, () => void> }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const service = useLayoutService();
  const running = useLayoutState((s) => s.running !== null);
  const groupsShown = useLayoutState((s) => s.groups !== null);
  const pinnedCount = useAppState((s) => (s.doc ? countPinned(s.doc.nodes) : 0));
  const oneSelected = useAppState((s) => s.selection.nodeIds.length === 1);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const close = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const choose = (command: LayoutCommand) => {
    setOpen(false);
    buttonRef.current?.focus();
    commands[command]();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') buttonRef.current?.focus();
      if (event.key === 'Tab') return;
    } else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items[items.length - 1]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const item = ({ command, text, name, disabled }: Item) => (
    <button key={command} type="button" role="menuitem" className="layout-menu__item" aria-label={name} disabled={disabled} onClick={() => choose(command)}>
      {text}
    </button>
  );

  return (
    <div className="layout-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={running}
        title={running ? 'A layout is running: stop it first' : 'Arrange the map'}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Layout <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className="layout-menu__popup" role="menu" aria-label="Layout" onKeyDown={onMenuKey}>
          {item({ command: 'layout:tidy', text: 'Tidy the whole map' })}
          <div role="group" aria-label="Group by" className="layout-menu__group">
            <div className="layout-menu__heading" aria-hidden="true">
              Group by…
            </div>
            {item({ command: 'layout:groupByArea', text: 'Area', name: 'Group by area' })}
            {item({ command: 'layout:groupByKind', text: 'Kind', name: 'Group by kind' })}
            {item({ command: 'layout:groupByOrganisation', text: 'Organisation', name: 'Group by organisation' })}
            {item({ command: 'layout:groupByTag', text: 'Tag', name: 'Group by tag' })}
            {item({ command: 'layout:groupByCommunity', text: 'Community (who is linked to whom)', name: 'Group by community' })}
          </div>
          <div role="group" aria-label="Focus on the selected node" className="layout-menu__group">
            <div className="layout-menu__heading" aria-hidden="true">
              Focus on the selected node
            </div>
            {item({ command: 'layout:focusOneStep', text: 'Its direct links', name: 'Focus on the selected node: one step', disabled: !oneSelected })}
            {item({ command: 'layout:focusTwoSteps', text: 'Two steps out', name: 'Focus on the selected node: two steps', disabled: !oneSelected })}
            {!oneSelected && <p className="layout-menu__note">Select one node on the map first.</p>}
          </div>
          <div className="layout-menu__group">
            {item({ command: 'layout:removeOverlaps', text: 'Remove overlaps' })}
            {item({ command: 'layout:unpinAll', text: pinnedCount ? `Unpin all (${pinnedCount} pinned)` : 'Unpin all', name: 'Unpin all', disabled: pinnedCount === 0 })}
            {groupsShown && (
              <button type="button" role="menuitem" className="layout-menu__item" onClick={() => (setOpen(false), service.hideGroupLabels())}>
                Hide group labels
              </button>
            )}
          </div>
          <p className="layout-menu__note">
            {pinnedCount
              ? `${pinnedCount} pinned node${pinnedCount === 1 ? ' stays' : 's stay'} where you put ${pinnedCount === 1 ? 'it' : 'them'}. `
              : 'Dragging a node pins it, so layouts leave it where you put it. '}
            Ctrl+Z undoes a layout.
          </p>
        </div>
      )}
    </div>
  );
}

function countPinned(nodes: Readonly<Record<string, { pinned: boolean }>>): number {
  let n = 0;
  for (const id in nodes) if (nodes[id]!.pinned) n++;
  return n;
}
