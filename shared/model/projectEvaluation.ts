import { z } from 'zod';
import { idSchema } from './ids';

/**
 * The parts of a project's evaluation that are more than one number (seeds: fidelity, quality
 * "e.g. net promoter score", impact "what community members tell us", and the support offered).
 */

const count = z.number().int('Use a whole number').min(0, 'Use 0 or more').max(1_000_000, 'Use a number under 1,000,000');

/** Answers to "would you recommend it?": 9–10 promoters, 7–8 passives, 0–6 detractors. */
export const promoterCountsSchema = z.object({ promoters: count, passives: count, detractors: count });
export type PromoterCounts = z.infer<typeof promoterCountsSchema>;
export const NO_RESPONSES: PromoterCounts = { promoters: 0, passives: 0, detractors: 0 };

export const impactStorySchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1, 'Write the story, in a sentence or two').max(2000, 'Keep each story under 2,000 characters'),
  date: z.iso.date({ message: 'Use a date like 2026-03-31' }).nullable().default(null),
  /** Who told it, e.g. "a parent at the food club"; optional, and never needs a name. */
  source: z.string().trim().max(200, 'Keep this under 200 characters').default(''),
});
export type ImpactStory = z.infer<typeof impactStorySchema>;

/** Support the seeds name for projects that need it. */
export const SUPPORT_KINDS = ['actionLearning', 'coaching', 'serviceDesign'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  actionLearning: 'Action learning group',
  coaching: 'Coaching',
  serviceDesign: 'Service design support',
};
