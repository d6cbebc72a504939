import type { TablePlan } from '../../shared/importers/columnMapping';
import type { ImportBatch } from '../../shared/importers/importBatch';
import type { ImportPlan } from '../../shared/importers/planImport';

/** An import in progress, as the import dialog shows it. */
export interface ImportSession {
  readonly fileNames: readonly string[];
  readonly stage: 'reading' | 'mapping' | 'applying';
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** What is being read, when it is not one of the files (a feed's pages). */
  readonly progressLabel?: string;
  /** Set when the records come from a live Open Referral UK feed. */
  readonly feed?: { readonly address: string; readonly summary: string };
  /** One per table (CSV file or sheet): what it holds and which column is which. */
  readonly plans: readonly TablePlan[];
  /** Records that need no mapping (Kumu JSON). */
  readonly batches: readonly ImportBatch[];
  /** Into the open map (one undo step), or as a new map from the start screen. */
  readonly target: 'openMap' | 'newMap';
  readonly preview: Pick<ImportPlan, 'counts' | 'warnings' | 'changes'> | null;
  /** Subjects from the source's taxonomy and the help topic each becomes (null: left out). */
  readonly topicChoices?: Readonly<Record<string, string | null>>;
  /** Keep ORUK contacts' names, not only their roles. */
  readonly contactNames?: boolean;
  /** Why the import cannot go ahead as mapped, naming file, row and field. */
  readonly error: string | null;
}
