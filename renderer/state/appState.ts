import { EMPTY_HISTORY, type History, type MapDocument } from '../../shared/editing';
import type { Id } from '../../shared/model';
import type { MapSummary } from '../storage/mapRepository';
import type { SaveStatus } from './persistQueue';

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

export type Screen = 'loading' | 'maps' | 'editor';

export interface AppState {
  readonly screen: Screen;
  readonly maps: readonly MapSummary[];
  readonly doc: MapDocument | null;
  readonly selection: Selection;
  readonly history: History;
  readonly saveStatus: SaveStatus;
  readonly notice: Notice | null;
  /** Records that could not be read when the map or the list was loaded. */
  readonly problems: readonly string[];
  readonly dataLossDetected: boolean;
  readonly minimapVisible: boolean;
  /** Which dialog is open over the editor, if any. */
  readonly dialog: 'none' | 'find' | 'shortcuts' | 'about' | 'backups' | 'link';
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], linkIds: [] };

export const INITIAL_STATE: AppState = {
  screen: 'loading',
  maps: [],
  doc: null,
  selection: EMPTY_SELECTION,
  history: EMPTY_HISTORY,
  saveStatus: 'saved',
  notice: null,
  problems: [],
  dataLossDetected: false,
  minimapVisible: true,
  dialog: 'none',
};
