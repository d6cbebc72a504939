import type { PromoterCounts } from '../model';

export function responsesOf(counts: PromoterCounts | null): number {
  return counts ? counts.promoters + counts.passives + counts.detractors : 0;
}

/**
 * Net promoter score: the percentage of promoters minus the percentage of detractors, a whole
 * number from −100 to 100. With no responses there is no score (null), not a score of 0.
 * Halves round away from zero, so the score of a mirrored survey is exactly the negative.
 */
export function netPromoterScore(counts: PromoterCounts | null): number | null {
  const total = responsesOf(counts);
  if (!counts || total === 0) return null;
  const raw = (100 * (counts.promoters - counts.detractors)) / total;
  const rounded = Math.sign(raw) * Math.round(Math.abs(raw));
  return rounded === 0 ? 0 : rounded;
}
