import { z } from 'zod';
import { DEFAULT_AUDIENCES, DEFAULT_CRITERIA, DEFAULT_HELP_TOPICS } from './defaults';
import { idSchema, newId, type Id } from './ids';
import { mapViewSchema } from './mapView';
import { defaultMilestones, milestonesSchema } from './milestones';
import { parkingLotItemSchema } from './parkingLot';
import { stickyNoteSchema } from './stickyNote';
import { NO_VOTING, votingSchema } from './voting';
import { MAP_SCHEMA_VERSION } from './schemaVersion';

const labelSchema = z.string().trim().min(1, 'A name is needed').max(200, 'Keep names under 200 characters');
const isoDateTime = z.iso.datetime({ offset: true });

export const areaSchema = z.object({
  id: idSchema,
  name: labelSchema,
  /** Index of Multiple Deprivation decile: 1 = most deprived tenth of the country. */
  imdDecile: z.number().int().min(1).max(10).optional(),
  population: z.number().int().min(0).max(100_000_000).optional(),
});
export type Area = z.infer<typeof areaSchema>;

export const audienceSchema = z.object({ id: idSchema, label: labelSchema });
export type Audience = z.infer<typeof audienceSchema>;

export const helpTopicSchema = z.object({
  id: idSchema,
  label: labelSchema,
  /** Core topics are the ones every safe space needs an onward route for. */
  core: z.boolean(),
});
export type HelpTopic = z.infer<typeof helpTopicSchema>;

export const criterionSchema = z.object({
  id: idSchema,
  label: labelSchema,
  essential: z.boolean(),
  /** Derived criteria are computed from links or sessions, never ticked by hand. */
  derived: z.enum(['onwardRoute', 'outOfHours']).optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const mapMetaSchema = z.object({
  id: idSchema,
  schemaVersion: z.literal(MAP_SCHEMA_VERSION),
  name: labelSchema,
  description: z.string().max(5000).default(''),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Set when the map is in the bin; cleared to restore it. */
  deletedAt: isoDateTime.nullable().default(null),
  areas: z.array(areaSchema).max(1000),
  audiences: z.array(audienceSchema).max(200),
  helpTopics: z.array(helpTopicSchema).max(200),
  criteria: z.array(criterionSchema).max(100),
  /** Saved views, in slide order. Maps made before views existed have none. */
  views: z.array(mapViewSchema).max(500).default([]),
  /** The Good Help movement's targets and dated progress (shared/goodHelp). */
  milestones: milestonesSchema.default(defaultMilestones),
  /** Points a workshop parked to come back to (renderer/workshop). */
  parkingLot: z.array(parkingLotItemSchema).max(1000).default([]),
  /** Free notes on the canvas (workshops). Not nodes: analysis never sees them. */
  stickyNotes: z.array(stickyNoteSchema).max(2000).default([]),
  /** Dot voting in a workshop; part of the map so votes undo, save and travel with it. */
  voting: votingSchema.default(() => ({ ...NO_VOTING, participants: [], votes: [] })),
});
export type MapMeta = z.infer<typeof mapMetaSchema>;

export function createMapMeta(name: string, now: Date = new Date(), id: Id = newId()): MapMeta {
  const stamp = now.toISOString();
  return {
    id,
    schemaVersion: MAP_SCHEMA_VERSION,
    name,
    description: '',
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    areas: [],
    audiences: DEFAULT_AUDIENCES.map((a) => ({ ...a })),
    helpTopics: DEFAULT_HELP_TOPICS.map((t) => ({ ...t })),
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
    views: [],
    milestones: defaultMilestones(),
    parkingLot: [],
    stickyNotes: [],
    voting: { ...NO_VOTING, participants: [], votes: [] },
  };
}
