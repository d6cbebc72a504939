import type { EvaluationCategory } from '../model';

/**
 * Suggests a project's evaluation category from its figures. The user always has the last
 * word; this only says what the figures point to, and why.
 *
 * From the seeds ("Good Help in Rochdale: The Process Explained", step 4): each project is
 * evaluated by fidelity ("the service design matches proven Good Help practice"), quality ("the
 * quality of the implementation of the design (e.g. net promoter score)") and impact ("what
 * community members tell us"), and falls under one of:
 *   Showcase            — already high quality
 *   Tweak               — scope for improvement
 *   Big opportunity     — potential for major improvement
 *   Unknown opportunity — need for major improvement, may be challenging
 *
 * The rule reads fidelity and quality as strong, developing or weak and counts 2, 1 or 0 for
 * each, so the categories run in the seeds' order of how much improvement is needed:
 *   4 (both strong)                             → Showcase
 *   3 (one strong, one developing)              → Tweak
 *   2 (one strong and one weak, or both developing) → Big opportunity: something good to
 *      build on, and a lot that could improve
 *   0–1 (nothing strong, something weak)        → Unknown opportunity
 * Better figures never suggest a category further down that order. Without both figures (or
 * with a net promoter score from too few people) there is not enough evidence, and no
 * suggestion is made. Impact stories are evidence for people to weigh, not a number, so they
 * are mentioned, never scored.
 */

export type Band = 'strong' | 'developing' | 'weak';

/** Fidelity is 0–100: how much of the design follows Good Help practice. */
export const FIDELITY_STRONG = 70;
export const FIDELITY_DEVELOPING = 40;
/** Quality is a net promoter score, −100 to 100: above 0 more people recommend it than not. */
export const QUALITY_STRONG = 30;
export const QUALITY_DEVELOPING = 0;
/** A score from fewer people than this swings too far on one answer to go on. */
export const MIN_RESPONSES = 5;

export function fidelityBand(fidelity: number): Band {
  return fidelity >= FIDELITY_STRONG ? 'strong' : fidelity >= FIDELITY_DEVELOPING ? 'developing' : 'weak';
}

export function qualityBand(quality: number): Band {
  return quality >= QUALITY_STRONG ? 'strong' : quality >= QUALITY_DEVELOPING ? 'developing' : 'weak';
}

const POINTS: Record<Band, number> = { strong: 2, developing: 1, weak: 0 };

export interface EvaluationFigures {
  readonly fidelity: number | null;
  /** −100 to 100. */
  readonly quality: number | null;
  /** How many people the quality score is from, when it is a net promoter score. */
  readonly qualityResponses: number | null;
  readonly stories: number;
}

export interface CategorySuggestion {
  readonly category: EvaluationCategory | null;
  /** Plain English, to follow "because". */
  readonly reason: string;
}

const FIDELITY_WORDS: Record<Band, string> = {
  strong: 'the design follows Good Help practice closely',
  developing: 'the design follows Good Help practice in part',
  weak: 'the design has further to go to follow Good Help practice',
};
const QUALITY_WORDS: Record<Band, string> = {
  strong: 'people would readily recommend it',
  developing: 'people are mixed about recommending it',
  weak: 'fewer people would recommend it than not',
};

function storiesNote(stories: number): string {
  if (stories === 0) return '';
  return stories === 1 ? ' One story from the community adds to the picture.' : ` ${stories} stories from the community add to the picture.`;
}

export function suggestCategory(figures: EvaluationFigures): CategorySuggestion {
  const missing: string[] = [];
  if (figures.fidelity === null) missing.push('a fidelity figure');
  if (figures.quality === null) missing.push('a quality figure or survey answers');
  if (missing.length) return { category: null, reason: `there is not enough evidence yet: add ${missing.join(' and ')}.` };
  if (figures.qualityResponses !== null && figures.qualityResponses < MIN_RESPONSES) {
    return {
      category: null,
      reason: `the net promoter score is from ${figures.qualityResponses === 1 ? 'one person' : `${figures.qualityResponses} people`}; ${MIN_RESPONSES} or more answers give a fairer picture.`,
    };
  }
  const fidelity = fidelityBand(figures.fidelity!);
  const quality = qualityBand(figures.quality!);
  const points = POINTS[fidelity] + POINTS[quality];
  const category: EvaluationCategory = points === 4 ? 'showcase' : points === 3 ? 'tweak' : points === 2 ? 'bigOpportunity' : 'unknownOpportunity';
  return { category, reason: `${FIDELITY_WORDS[fidelity]} and ${QUALITY_WORDS[quality]}.${storiesNote(figures.stories)}` };
}
