import type { CsvTableId } from '../../shared/analysis/report/csvTables';
import { useController } from '../app/controllerContext';
import { MenuButton, MenuItem, MenuNote } from '../components/MenuButton';
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

/** "Export report" saves the printable HTML; "Export tables (CSV)" lists the tables, each saved as its own file. */
export function ExportMenu() {
  const controller = useController();
  const service = useAnalysisService();
  return (
    <div className="analysis-export">
      <button type="button" className="button" onClick={() => void exportReport(controller, service)}>
        Export report
      </button>
      <MenuButton label="Export tables (CSV)" menuLabel="Tables to save as CSV">
        <MenuNote>Each table is saved as its own CSV file, ready to filter in a spreadsheet.</MenuNote>
        {TABLES.map((t) => (
          <MenuItem key={t.id} onSelect={() => void exportTable(controller, service, t.id)}>
            {t.label}
          </MenuItem>
        ))}
      </MenuButton>
    </div>
  );
}
