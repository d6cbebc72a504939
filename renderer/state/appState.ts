import type { MapDocument } from '../../shared/editing';
import type { LensResult } from '../../shared/lens';
import { STANDARD_LENS, type Id, type Lens } from '../../shared/model';
import type { MapSummary } from '../storage/mapRepository';
import type { UndoStep } from './mapSession';
import type { SaveStatus } from './updateQueue';

export interface Selection {
  readonly nodeIds: readonly Id[];
  readonly linkIds: readonly Id[];
}

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'warning' | 'error';
  readonly text: string;
  /** An action the notice offers, e.g. "Undo". */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export type Screen = 'loading' | 'maps' | 'editor' | 'storageFailed';

/** This window's own undo and redo steps, oldest first (renderer/state/mapSession.ts). */
export interface UndoHistory {
  readonly undo: readonly UndoStep[];
  readonly redo: readonly UndoStep[];
}
export const EMPTY_HISTORY: UndoHistory = { undo: [], redo: [] };

/** Why the database could not be opened, in plain words, and what to do (renderer/storage/openFailure.ts). */
export interface StorageFailure {
  readonly title: string;
  readonly detail: string;
  readonly technical: string;
}

/**
 * Part of the map brought forward, the rest faded: a gap-analysis finding, or a layout's focus
 * on one node's neighbourhood. Links count as emphasised when listed or when both ends are.
 */
export interface Emphasis {
  readonly nodeIds: ReadonlySet<Id>;
  readonly linkIds: ReadonlySet<Id>;
  /** What the user is looking at, in plain English: shown above the map. */
  readonly label: string;
  readonly source: 'analysis' | 'layout' | 'view' | 'compare';
}

export interface AppState {
  readonly screen: Screen;
  readonly maps: readonly MapSummary[];
  readonly doc: MapDocument | null;
  readonly selection: Selection;
  readonly history: UndoHistory;
  /** The open map can only be looked at (a view-only invite): the editor refuses edits. */
  readonly readOnly: boolean;
  readonly storageFailure: StorageFailure | null;
  readonly saveStatus: SaveStatus;
  readonly notice: Notice | null;
  /** Records that could not be read when the map or the list was loaded. */
  readonly problems: readonly string[];
  readonly dataLossDetected: boolean;
  readonly minimapVisible: boolean;
  readonly emphasis: Emphasis | null;
  /** How the map is coloured, sized and filtered (renderer/lens), and what that gives. */
  readonly lens: Lens;
  readonly lensResult: LensResult | null;
  /** The saved view last shown, so the next one is one key press away (renderer/views). */
  readonly activeViewId: Id | null;
  /** Which dialog is open over the editor, if any. */
  readonly dialog: 'none' | 'find' | 'shortcuts' | 'about' | 'backups' | 'link' | 'mapSettings';
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], linkIds: [] };

export const INITIAL_STATE: AppState = {
  screen: 'loading',
  maps: [],
  doc: null,
  selection: EMPTY_SELECTION,
  history: EMPTY_HISTORY,
  readOnly: false,
  storageFailure: null,
  saveStatus: 'saved',
  notice: null,
  problems: [],
  dataLossDetected: false,
  minimapVisible: true,
  emphasis: null,
  lens: STANDARD_LENS,
  lensResult: null,
  activeViewId: null,
  dialog: 'none',
};
