import { useEffect, useRef, useState } from 'react';
import type { CsvTableId } from '../../shared/analysis/report/csvTables';
import { useController } from '../app/controllerContext';
import { useAnalysisService } from './analysisServiceFor';
import { exportReport, exportTable } from './exportAnalysis';

/** The tables, in the order an analyst would want them; each is saved as its own CSV file. */
const TABLES: readonly { id: CsvTableId; label: string }[] = [
  { id: 'findings', label: 'Findings' },
  { id: 'coverage', label: 'Coverage by area and audience' },
  { id: 'times', label: 'Opening times by area' },
  { id: 'nearMisses', label: 'Near misses' },
  { id: 'onwardRoutes', label: 'Onward routes' },
  { id: 'spaces', label: 'Spaces and criteria' },
  { id: 'groups', label: 'Unconnected groups' },
  { id: 'stale', label: 'Details to check' },
];

/** "Export report" saves the printable HTML; "Export tables (CSV)" opens a list of tables to save. */
export function ExportMenu() {
  const controller = useController();
  const service = useAnalysisService();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setOpen(false);
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !menu.current?.parentElement?.contains(event.target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  return (
    <div className="analysis-export">
      <button type="button" className="button" onClick={() => void exportReport(controller, service)}>
        Export report
      </button>
      <div className="analysis-export__tables">
        <button type="button" className="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
          Export tables (CSV)
        </button>
        {open && (
          <div className="analysis-export__menu" ref={menu} role="group" aria-label="Tables to save as CSV">
            <p className="field__hint">Each table is saved as its own CSV file, ready to filter in a spreadsheet.</p>
            {TABLES.map((t) => (
              <button
                key={t.id}
                type="button"
                className="analysis-export__item"
                onClick={() => {
                  setOpen(false);
                  void exportTable(controller, service, t.id);
                }}
              >
                {t.label}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
