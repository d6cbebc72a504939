/**
 * The workshop's agenda timer as a pure reducer: every action carries the time it happened,
 * so the state never reads a clock and the same sequence always gives the same answer.
 * Running time is `elapsedMs` banked so far plus the time since `startedAt`.
 */

export interface AgendaItem {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
}

export interface TimerState {
  readonly items: readonly AgendaItem[];
  /** Index of the agenda item being timed. */
  readonly current: number;
  /** When the clock was last started (ms since the epoch), or null while it is stopped. */
  readonly startedAt: number | null;
  readonly elapsedMs: number;
}

export type TimerAction =
  | { readonly type: 'toggle'; readonly now: number }
  | { readonly type: 'start'; readonly now: number }
  | { readonly type: 'pause'; readonly now: number }
  | { readonly type: 'reset' }
  | { readonly type: 'next'; readonly now: number; readonly newId: string }
  | { readonly type: 'previous'; readonly now: number }
  | { readonly type: 'setMinutes'; readonly minutes: number }
  | { readonly type: 'rename'; readonly title: string };

export const MIN_MINUTES = 1;
export const MAX_MINUTES = 240;
const DEFAULT_MINUTES = 10;

export function initialTimer(firstId = 'item-1'): TimerState {
  return { items: [{ id: firstId, title: 'Agenda item 1', minutes: DEFAULT_MINUTES }], current: 0, startedAt: null, elapsedMs: 0 };
}

export function currentItem(state: TimerState): AgendaItem {
  return state.items[state.current]!;
}

export function isRunning(state: TimerState): boolean {
  return state.startedAt !== null;
}

export function elapsedAt(state: TimerState, now: number): number {
  return state.elapsedMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

/** Milliseconds left on the current item; negative once it has run over. */
export function timeLeftAt(state: TimerState, now: number): number {
  return currentItem(state).minutes * 60_000 - elapsedAt(state, now);
}

export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  switch (action.type) {
    case 'start':
      return state.startedAt === null ? { ...state, startedAt: action.now } : state;
    case 'pause':
      return state.startedAt === null ? state : { ...state, startedAt: null, elapsedMs: elapsedAt(state, action.now) };
    case 'toggle':
      return timerReducer(state, { type: state.startedAt === null ? 'start' : 'pause', now: action.now });
    case 'reset':
      return { ...state, startedAt: null, elapsedMs: 0 };
    case 'next': {
      // Past the last item the facilitator is simply timing the next thing: add an item like it.
      const last = state.current === state.items.length - 1;
      const items = last
        ? [...state.items, { id: action.newId, title: `Agenda item ${state.items.length + 1}`, minutes: currentItem(state).minutes }]
        : state.items;
      return { items, current: state.current + 1, startedAt: state.startedAt === null ? null : action.now, elapsedMs: 0 };
    }
    case 'previous':
      if (state.current === 0) return state;
      return { ...state, current: state.current - 1, startedAt: state.startedAt === null ? null : action.now, elapsedMs: 0 };
    case 'setMinutes': {
      if (!Number.isFinite(action.minutes)) return state;
      const minutes = Math.round(Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, action.minutes)));
      return withCurrent(state, { minutes });
    }
    case 'rename': {
      const title = action.title.trim().slice(0, 120);
      return title ? withCurrent(state, { title }) : state;
    }
  }
}

function withCurrent(state: TimerState, changes: Partial<AgendaItem>): TimerState {
  return { ...state, items: state.items.map((item, i) => (i === state.current ? { ...item, ...changes } : item)) };
}

/** "12:05" for time left; "1:05 over" once past zero. Whole seconds, rounded up while counting down. */
export function formatTimeLeft(ms: number): { readonly text: string; readonly overtime: boolean } {
  const overtime = ms < 0;
  const seconds = overtime ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return { text: overtime ? `${clock} over` : clock, overtime };
}
