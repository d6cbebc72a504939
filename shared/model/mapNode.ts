import { z } from 'zod';
import { customFieldsSchema } from './customFields';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';
import { impactStorySchema, promoterCountsSchema, SUPPORT_KINDS } from './projectEvaluation';
import { reflectionsSchema } from './reflection';
import {
  CHARACTERISTICS,
  EVALUATION_CATEGORIES,
  PROJECT_STATUSES,
  REFLECTION_LEVELS,
  type Characteristic,
  type NodeKind,
} from './vocabulary';

const shortText = z.string().max(500, 'Keep this under 500 characters');
const longText = z.string().max(20_000, 'Keep notes under 20,000 characters');
const isoDate = z.iso.date({ message: 'Use a date like 2026-03-31' });
const tagList = z.array(z.string().trim().min(1).max(100)).max(100);
const idList = z.array(idSchema).max(500);
const finite = z.number().finite();

const reflectionLevel = z.union(REFLECTION_LEVELS.map((n) => z.literal(n)) as [
  z.ZodLiteral<1>,
  z.ZodLiteral<2>,
  z.ZodLiteral<3>,
  z.ZodLiteral<4>,
]);

export const selfAssessmentSchema = z.partialRecord(z.enum(CHARACTERISTICS), reflectionLevel);
export type SelfAssessment = Partial<Record<Characteristic, 1 | 2 | 3 | 4>>;

/** Fields every node has, whatever its kind. Only the name is required of the user. */
const baseFields = {
  id: idSchema,
  mapId: idSchema,
  name: z.string().trim().min(1, 'A name is needed').max(200, 'Keep names under 200 characters'),
  x: finite,
  y: finite,
  pinned: z.boolean().default(false),
  tags: tagList.default([]),
  notes: longText.default(''),
  /** When someone last confirmed these details; a stale map says so rather than misleading. */
  lastChecked: isoDate.nullable().default(null),
  selfAssessment: selfAssessmentSchema.default({}),
  /** What other tools' files carry that we have no field for (shared/model/customFields). */
  customFields: customFieldsSchema.optional(),
};

/** Dated reflections on the seven characteristics (organisations, spaces and projects). */
const reflectionFields = { reflections: reflectionsSchema.default([]) };

export const personNodeSchema = z.object({
  ...baseFields,
  kind: z.literal('person'),
  role: shortText.default(''),
  skills: tagList.default([]),
  isAdvocate: z.boolean().default(false),
  eventsAttended: tagList.default([]),
  /** Sensitive people are left out of shareable copies. */
  sensitive: z.boolean().default(false),
  contact: shortText.default(''),
});

export const organisationNodeSchema = z.object({
  ...baseFields,
  kind: z.literal('organisation'),
  ...reflectionFields,
  orgType: shortText.default(''),
  helpTopics: idList.default([]),
  areasServed: idList.default([]),
  website: shortText.default(''),
  contact: shortText.default(''),
});

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:30');

export const openingSessionSchema = z
  .object({
    /** 0 = Monday … 6 = Sunday. */
    day: z.number().int().min(0).max(6),
    start: timeOfDay,
    end: timeOfDay,
  })
  .refine((s) => s.start < s.end, { message: 'A session must end after it starts', path: ['end'] });
export type OpeningSession = z.infer<typeof openingSessionSchema>;

export const spaceNodeSchema = z.object({
  ...baseFields,
  kind: z.literal('space'),
  ...reflectionFields,
  areaId: idSchema.nullable().default(null),
  address: shortText.default(''),
  postcode: z.string().max(12).default(''),
  sessions: z.array(openingSessionSchema).max(100).default([]),
  audiences: idList.default([]),
  /** Ids of the hand-ticked criteria this space meets; derived criteria are never stored. */
  criteriaMet: idList.default([]),
});

const percentage = z.number().min(0, 'Use a number from 0 to 100').max(100, 'Use a number from 0 to 100');

export const projectNodeSchema = z.object({
  ...baseFields,
  kind: z.literal('project'),
  ...reflectionFields,
  status: z.enum(PROJECT_STATUSES).nullable().default(null),
  lead: shortText.default(''),
  evaluationCategory: z.enum(EVALUATION_CATEGORIES).nullable().default(null),
  /** How closely the design matches Good Help practice, 0–100. */
  fidelity: percentage.nullable().default(null),
  /** Quality of implementation, e.g. a net promoter score (-100 to 100). */
  quality: z.number().min(-100, 'Use a number from −100 to 100').max(100, 'Use a number from −100 to 100').nullable().default(null),
  /** What community members say about the difference it makes. */
  impact: longText.default(''),
  /** Answers to "would you recommend it?", from which the net promoter score is worked out. */
  promoterCounts: promoterCountsSchema.nullable().default(null),
  impactStories: z.array(impactStorySchema).max(1000).default([]),
  supportOffered: z.array(z.enum(SUPPORT_KINDS)).max(SUPPORT_KINDS.length).default([]),
});

export const mapNodeSchema = z.discriminatedUnion('kind', [
  personNodeSchema,
  organisationNodeSchema,
  spaceNodeSchema,
  projectNodeSchema,
]);

export type PersonNode = z.infer<typeof personNodeSchema>;
export type OrganisationNode = z.infer<typeof organisationNodeSchema>;
export type SpaceNode = z.infer<typeof spaceNodeSchema>;
export type ProjectNode = z.infer<typeof projectNodeSchema>;
export type MapNode = z.infer<typeof mapNodeSchema>;
export type MapNodeOfKind<K extends NodeKind> = Extract<MapNode, { kind: K }>;

export const NODE_SCHEMAS = {
  person: personNodeSchema,
  organisation: organisationNodeSchema,
  space: spaceNodeSchema,
  project: projectNodeSchema,
} as const;

/** A new node of a kind with every field at its default. */
export function createNode<K extends NodeKind>(
  kind: K,
  fields: { id: string; mapId: string; name: string; x: number; y: number },
): MapNodeOfKind<K> {
  return NODE_SCHEMAS[kind].parse({ ...fields, kind }) as MapNodeOfKind<K>;
}

/**
 * Version 1: the first release's nodes. Version 2: reflections (organisations, spaces and
 * projects) and a project's evaluation — promoter counts, impact stories, support offered.
 * Version 3: each reflection is stored as an entry of its own (REFLECTION_RECORD), so that
 * two reflections added at once are both kept; the node's fields are as in version 2 (a
 * version-2 node's array is read by shared/sync/reflectionEntries.ts). An app that knows only
 * version 2 sets such a node aside instead of rewriting it without its reflections.
 */
export const NODE_RECORD = defineRecordType<MapNode>({
  name: 'node',
  version: 3,
  schema: mapNodeSchema,
  migrations: [
    {
      to: 2,
      why: 'reflections and project evaluation',
      up: (node) => ({
        ...node,
        ...(node.kind !== 'person' ? { reflections: node.reflections ?? [] } : {}),
        ...(node.kind === 'project'
          ? { promoterCounts: node.promoterCounts ?? null, impactStories: node.impactStories ?? [], supportOffered: node.supportOffered ?? [] }
          : {}),
      }),
    },
    { to: 3, why: 'reflections as records of their own', up: (node) => node },
  ],
});
