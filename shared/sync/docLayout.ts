import {
  AREA_RECORD,
  AUDIENCE_RECORD,
  CRITERION_RECORD,
  HELP_TOPIC_RECORD,
  MAP_SCHEMA_VERSION,
  MILESTONE_ENTRY_RECORD,
  PARKING_LOT_RECORD,
  PARTICIPANT_RECORD,
  STICKY_NOTE_RECORD,
  VIEW_RECORD,
  VOTE_RECORD,
  type Id,
  type MapMeta,
  type MapSettings,
  type MilestoneId,
  type RecordType,
} from '../model';

/**
 * How one map is laid out in its Yjs document. Every record is a `Y.Map` of its fields, kept in
 * a top-level `Y.Map` of its collection keyed by id, so two people changing different fields of
 * one record both keep their change and a change to one record never rewrites another:
 *
 *   nodes:    Y.Map<id, Y.Map<field, JSON>>
 *   links:    Y.Map<id, Y.Map<field, JSON>>
 *   settings: Y.Map<field, JSON>           the map's name, dates, voting and milestone settings
 *   list:<name>: Y.Map<id, Y.Map<field, JSON>>  each of the map's lists, ordered by `_order`
 *
 * Fields starting with `_` are the document's own: `_m` holds the record's schema version and
 * who last changed it and when (`{ v, by, at }`, one entry rather than three), `_order` an
 * entry's place in its list. To keep a 5,000-node map small and quick to load, a record's `id`
 * (its key) and `mapId` (the document's) are not stored in it, nor is a field at its default
 * value: the reader puts them back (see recordFields.ts).
 */
export const NODES = 'nodes';
export const LINKS = 'links';
export const SETTINGS = 'settings';
export const F_STAMP = '_m';
export const F_ORDER = '_order';

/** What `_m` holds. */
export interface RecordStamp {
  readonly v: number;
  readonly by: string;
  readonly at: string;
}

export function isOwnField(key: string): boolean {
  return key.charCodeAt(0) === 95; // '_'
}

export interface ListEntry {
  readonly id: Id;
}

/** One of the map's lists: where it lives in the document and in `MapMeta`. */
export interface ListSpec {
  readonly key: string;
  readonly type: RecordType<ListEntry>;
  readonly get: (meta: MapMeta) => readonly ListEntry[];
}

const list = <T extends ListEntry>(key: string, type: RecordType<T>, get: (meta: MapMeta) => readonly T[]): ListSpec => ({
  key: `list:${key}`,
  type: type as unknown as RecordType<ListEntry>,
  get,
});

const milestoneList = (id: MilestoneId) => list(`milestoneEntries.${id}`, MILESTONE_ENTRY_RECORD, (m) => m.milestones[id].entries);

export const META_LISTS: readonly ListSpec[] = [
  list('areas', AREA_RECORD, (m) => m.areas),
  list('audiences', AUDIENCE_RECORD, (m) => m.audiences),
  list('helpTopics', HELP_TOPIC_RECORD, (m) => m.helpTopics),
  list('criteria', CRITERION_RECORD, (m) => m.criteria),
  list('views', VIEW_RECORD, (m) => m.views),
  list('parkingLot', PARKING_LOT_RECORD, (m) => m.parkingLot),
  list('stickyNotes', STICKY_NOTE_RECORD, (m) => m.stickyNotes),
  list('votingParticipants', PARTICIPANT_RECORD, (m) => m.voting.participants),
  list('votes', VOTE_RECORD, (m) => m.voting.votes),
  milestoneList('projects'),
  milestoneList('professionals'),
  milestoneList('advocates'),
];

export type MetaLists = Readonly<Record<string, readonly ListEntry[]>>;

/** The settings record of a map: everything in `MapMeta` that is not one of its lists. */
export function settingsOf(meta: MapMeta): MapSettings {
  const { projects, professionals, advocates } = meta.milestones;
  return {
    id: meta.id,
    name: meta.name,
    description: meta.description,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    deletedAt: meta.deletedAt,
    voting: { dotsEach: meta.voting.dotsEach, tallyHidden: meta.voting.tallyHidden },
    milestones: {
      projects: { target: projects.target, countFrom: projects.countFrom },
      professionals: { target: professionals.target, countFrom: professionals.countFrom },
      advocates: { target: advocates.target, countFrom: advocates.countFrom },
    },
  };
}

/**
 * `MapMeta` from its settings and lists. Each list array is used as given, so a list that did
 * not change keeps its identity and nothing that reads it re-renders.
 */
export function assembleMeta(settings: MapSettings, lists: MetaLists): MapMeta {
  const at = (key: string) => (lists[`list:${key}`] ?? []) as never;
  const milestone = (id: MilestoneId) => ({ ...settings.milestones[id], entries: at(`milestoneEntries.${id}`) });
  return {
    id: settings.id,
    schemaVersion: MAP_SCHEMA_VERSION,
    name: settings.name,
    description: settings.description,
    createdAt: settings.createdAt,
    updatedAt: settings.updatedAt,
    deletedAt: settings.deletedAt,
    areas: at('areas'),
    audiences: at('audiences'),
    helpTopics: at('helpTopics'),
    criteria: at('criteria'),
    views: at('views'),
    milestones: { projects: milestone('projects'), professionals: milestone('professionals'), advocates: milestone('advocates') },
    parkingLot: at('parkingLot'),
    stickyNotes: at('stickyNotes'),
    voting: { participants: at('votingParticipants'), votes: at('votes'), dotsEach: settings.voting.dotsEach, tallyHidden: settings.voting.tallyHidden },
  };
}

/** Settings as flat fields (`voting.dotsEach`), so each merges on its own. */
export function flattenSettings(settings: MapSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (value: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, `${prefix}${k}.`);
      else out[`${prefix}${k}`] = v;
    }
  };
  walk(settings as unknown as Record<string, unknown>, '');
  return out;
}

export function unflattenSettings(flat: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, v] of Object.entries(flat)) {
    const parts = path.split('.');
    let at = out;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts.at(-1)!] = v;
  }
  return out;
}
