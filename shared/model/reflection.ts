import { z } from 'zod';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';
import { CHARACTERISTICS, REFLECTION_LEVELS, type Characteristic } from './vocabulary';

/**
 * Reflections on the seven characteristics of Good Help, kept as a dated history: a later
 * reflection never erases an earlier one. The node's `selfAssessment` holds the current levels
 * (what the lens reads); each entry here is what someone felt on a given day, and why.
 */

const isoDate = z.iso.date({ message: 'Use a date like 2026-03-31' });

export const reflectionLevelSchema = z.union(REFLECTION_LEVELS.map((n) => z.literal(n)) as [
  z.ZodLiteral<1>,
  z.ZodLiteral<2>,
  z.ZodLiteral<3>,
  z.ZodLiteral<4>,
]);
export type ReflectionLevel = z.infer<typeof reflectionLevelSchema>;

export const reflectionSchema = z.object({
  id: idSchema,
  date: isoDate,
  /** Who reflected: a name, a role or a team, as they choose. */
  by: z.string().trim().max(200, 'Keep this under 200 characters').default(''),
  levels: z.partialRecord(z.enum(CHARACTERISTICS), reflectionLevelSchema),
  /** Evidence or a short story for one characteristic. */
  notes: z.partialRecord(z.enum(CHARACTERISTICS), z.string().trim().max(2000, 'Keep each note under 2,000 characters')).default({}),
  /** Evidence or a story about the reflection as a whole. */
  story: z.string().trim().max(5000, 'Keep the story under 5,000 characters').default(''),
});
export type Reflection = z.infer<typeof reflectionSchema>;
export type ReflectionLevels = Partial<Record<Characteristic, ReflectionLevel>>;

export const reflectionsSchema = z.array(reflectionSchema).max(500, 'A node can keep up to 500 reflections');

/**
 * A reflection as a record of its own in the map's document: each is stored as one entry of
 * its node (shared/sync/reflectionEntries.ts), so two people adding a reflection to one node
 * at once both keep theirs. Version 1: the fields above.
 */
export const REFLECTION_RECORD = defineRecordType<Reflection>({
  name: 'reflection',
  version: 1,
  schema: reflectionSchema,
  migrations: [],
});
