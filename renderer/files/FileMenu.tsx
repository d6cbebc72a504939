import { useEffect, useRef, useState } from 'react';
import { desktopBridge } from '../platform/desktopBridge';
import { createFileCommands } from './fileCommands';
import { useController } from '../app/controllerContext';
import { useFileService, useFileUi } from './useFileService';

/** The toolbar's File button: open, save, share, import and export, and recent files. */
export function FileMenu() {
  const controller = useController();
  const files = useFileService();
  const recent = useFileUi((s) => s.recent);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const commands = createFileCommands(controller);

  useEffect(() => {
    if (!open) return;
    void files.refreshRecent();
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open, files]);

  const choose = (run: () => void) => () => {
    setOpen(false);
    button.current?.focus();
    run();
  };
  const item = (label: string, run: () => void, hint?: string) => (
    <button type="button" role="menuitem" className="file-menu__item" onClick={choose(run)}>
      <span>{label}</span>
      {hint && <span className="file-menu__hint">{hint}</span>}
    </button>
  );

  return (
    <div className="file-menu">
      <button ref={button} type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        File ▾
      </button>
      {open && (
        <div
          ref={menu}
          className="file-menu__list"
          role="menu"
          aria-label="File"
          onKeyDown={(event) => {
            const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
            const index = items.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === 'Escape') {
              setOpen(false);
              button.current?.focus();
            } else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
            else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
            else if (event.key === 'Home') items[0]?.focus();
            else if (event.key === 'End') items[items.length - 1]?.focus();
            else return;
            event.preventDefault();
          }}
        >
          {item('Open a map file…', commands['file:open'], 'Opens as a new map')}
          {item(desktopBridge ? 'Save as a file…' : 'Download as a file', commands['file:saveAs'], '.ghmap')}
          {item('Save a shareable copy…', commands['file:saveShareable'], 'Anonymise or lock')}
          {item('Merge a map file into this map…', () => void files.chooseFileToMerge(), 'Preview first')}
          <div role="separator" className="file-menu__separator" />
          {item('Import a spreadsheet…', commands['file:import'], 'Kumu, CSV, Excel')}
          {item('Export…', commands['file:export'], 'Kumu, Gephi, picture')}
          {recent.length > 0 && (
            <>
              <div role="separator" className="file-menu__separator" />
              <div className="file-menu__heading" aria-hidden="true">Recent files</div>
              {recent.slice(0, 6).map((r) => (
                <button key={r.path} type="button" role="menuitem" className="file-menu__item" title={r.path} aria-label={`Open recent file ${r.name}`} onClick={choose(() => void files.openRecent(r.path))}>
                  <span>{r.name}</span>
                </button>
              ))}
            </>
          )}
        </div>
      )}
    </div>
  );
}
