import { z } from 'zod';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';

/**
 * The movement's milestones (seeds, step 5: "a total of 30 projects", "400 different public
 * service professionals who have attended one of our events", "100+ self-identified Good Help
 * advocates"). Each keeps dated figures, so progress over time can be shown.
 */
export const MILESTONE_IDS = ['projects', 'professionals', 'advocates'] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

export const milestoneEntrySchema = z.object({
  id: idSchema,
  date: z.iso.date({ message: 'Use a date like 2026-03-31' }),
  value: z.number().int('Use a whole number').min(0, 'Use 0 or more').max(10_000_000, 'Use a smaller number'),
  note: z.string().trim().max(500, 'Keep notes under 500 characters').default(''),
});
export type MilestoneEntry = z.infer<typeof milestoneEntrySchema>;

export const milestoneSchema = z.object({
  target: z.number().int('Use a whole number').min(1, 'A target needs to be at least 1').max(10_000_000, 'Use a smaller number'),
  /** Counted from the map as it is now, or only from the figures entered by hand. */
  countFrom: z.enum(['map', 'hand']),
  entries: z.array(milestoneEntrySchema).max(2000),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const milestonesSchema = z.object({
  projects: milestoneSchema,
  professionals: milestoneSchema,
  advocates: milestoneSchema,
});
export type Milestones = z.infer<typeof milestonesSchema>;

/** The seeds' targets. Most event attendees are not on the map, so that one is entered by hand. */
export function defaultMilestones(): Milestones {
  return {
    projects: { target: 30, countFrom: 'map', entries: [] },
    professionals: { target: 400, countFrom: 'hand', entries: [] },
    advocates: { target: 100, countFrom: 'map', entries: [] },
  };
}

/** Version 1: a dated figure towards a milestone, as first released. */
export const MILESTONE_ENTRY_RECORD = defineRecordType<MilestoneEntry>({ name: 'milestoneEntry', version: 1, schema: milestoneEntrySchema, migrations: [] });
