import type { NeedFiguresPlan } from '../../shared/importers/planNeedFigures';
import type { Table } from '../../shared/importers/table';

/** Need figures from the Indices of Deprivation, on their way in: the two files and the preview. */
export interface NeedFiguresSession {
  readonly fileNames: readonly string[];
  readonly stage: 'reading' | 'preview' | 'applying';
  readonly deprivation: Table | null;
  readonly lookup: Table | null;
  /** Which of the lookup's columns names the map's areas. */
  readonly areaColumn: number | null;
  readonly addMissingAreas: boolean;
  readonly plan: NeedFiguresPlan | null;
  readonly error: string | null;
}
