import type { MergePlan } from '../../shared/files/planMerge';
import type { StateMergePlan } from '../../shared/files/planStateMerge';
import type { RecentFile } from '../../shared/ipc/contract';
import type { PickedFile } from '../platform/openFile';
import type { ImportSession } from './importSession';
import type { NeedFiguresSession } from './needFiguresSession';

/** Which file dialog is open, if any. Kept apart from the editor's own dialogs. */
export type FileDialog =
  | { readonly kind: 'none' }
  | { readonly kind: 'passphrase'; readonly file: PickedFile; readonly purpose: 'open' | 'merge'; readonly error: string | null; readonly busy: boolean }
  | { readonly kind: 'merge'; readonly fileName: string; readonly plan: MergePlan }
  /** Merging another copy of this very map (same document history): exact, deletions too. */
  | { readonly kind: 'mergeCopy'; readonly fileName: string; readonly plan: StateMergePlan; readonly state: Uint8Array }
  | { readonly kind: 'shareable' }
  | { readonly kind: 'export' }
  | { readonly kind: 'import'; readonly session: ImportSession }
  | { readonly kind: 'feed'; readonly address: string; readonly error: string | null }
  | { readonly kind: 'needFigures'; readonly session: NeedFiguresSession };

export interface FileUiState {
  readonly dialog: FileDialog;
  /** Files are being dragged over the window. */
  readonly dragging: boolean;
  /** Work in progress, e.g. reading a large file: shown with a Cancel button. */
  readonly progress: { readonly label: string; readonly done: number; readonly total: number } | null;
  readonly recent: readonly RecentFile[];
  /** Nodes just imported or merged into the open map, for the canvas to bring into view. */
  readonly justAdded: { readonly nodeIds: readonly string[]; readonly seq: number } | null;
}

export const INITIAL_FILE_UI: FileUiState = { dialog: { kind: 'none' }, dragging: false, progress: null, recent: [], justAdded: null };
