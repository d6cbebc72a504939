import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIDELITY_DEVELOPING,
  FIDELITY_STRONG,
  MIN_RESPONSES,
  QUALITY_DEVELOPING,
  QUALITY_STRONG,
  netPromoterScore,
  projectQuality,
  suggestCategory,
  type EvaluationFigures,
} from '../../shared/goodHelp';
import { EVALUATION_CATEGORIES } from '../../shared/model';

const counts = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });
const figures = (fidelity: number | null, quality: number | null, qualityResponses: number | null = null, stories = 0): EvaluationFigures => ({
  fidelity,
  quality,
  qualityResponses,
  stories,
});

describe('net promoter score', () => {
  it('is the percentage of promoters minus the percentage of detractors', () => {
    expect(netPromoterScore(counts(6, 2, 2))).toBe(40);
    expect(netPromoterScore(counts(10, 0, 0))).toBe(100);
    expect(netPromoterScore(counts(0, 0, 10))).toBe(-100);
    expect(netPromoterScore(counts(0, 5, 0))).toBe(0);
    expect(netPromoterScore(counts(3, 0, 3))).toBe(0);
  });

  it('gives no score, not zero, when nobody has answered', () => {
    expect(netPromoterScore(counts(0, 0, 0))).toBeNull();
    expect(netPromoterScore(null)).toBeNull();
  });

  it('rounds to a whole number, halves away from zero, so mirrored surveys mirror exactly', () => {
    expect(netPromoterScore(counts(1, 1, 1))).toBe(0);
    expect(netPromoterScore(counts(2, 1, 0))).toBe(67); // 66.67
    expect(netPromoterScore(counts(1, 7, 0))).toBe(13); // 12.5
    expect(netPromoterScore(counts(0, 7, 1))).toBe(-13);
    expect(Object.is(netPromoterScore(counts(1, 0, 1)), 0)).toBe(true);
  });

  it('is always a whole number from −100 to 100, mirrored when promoters and detractors swap', () => {
    const n = fc.nat({ max: 5000 });
    fc.assert(
      fc.property(n, n, n, (p, q, d) => {
        const score = netPromoterScore(counts(p, q, d));
        if (p + q + d === 0) return score === null;
        const mirrored = netPromoterScore(counts(d, q, p));
        return Number.isInteger(score) && score! >= -100 && score! <= 100 && mirrored === (score === 0 ? 0 : -score!);
      }),
    );
  });

  it('a project takes its quality from survey answers when there are any, else from the figure entered', () => {
    expect(projectQuality({ promoterCounts: counts(6, 2, 2), quality: 10 })).toEqual({ value: 40, source: 'nps', responses: 10 });
    expect(projectQuality({ promoterCounts: counts(0, 0, 0), quality: 10 })).toEqual({ value: 10, source: 'entered', responses: 0 });
    expect(projectQuality({ promoterCounts: null, quality: null })).toEqual({ value: null, source: null, responses: 0 });
  });
});

describe('suggested evaluation category', () => {
  it('follows the seeds: high fidelity and quality is a showcase, and so on down', () => {
    expect(suggestCategory(figures(FIDELITY_STRONG, QUALITY_STRONG)).category).toBe('showcase');
    expect(suggestCategory(figures(FIDELITY_STRONG, QUALITY_STRONG - 1)).category).toBe('tweak');
    expect(suggestCategory(figures(FIDELITY_STRONG - 1, QUALITY_STRONG)).category).toBe('tweak');
    expect(suggestCategory(figures(FIDELITY_STRONG, QUALITY_DEVELOPING - 1)).category).toBe('bigOpportunity');
    expect(suggestCategory(figures(FIDELITY_DEVELOPING - 1, QUALITY_STRONG)).category).toBe('bigOpportunity');
    expect(suggestCategory(figures(FIDELITY_DEVELOPING, QUALITY_DEVELOPING)).category).toBe('bigOpportunity');
    expect(suggestCategory(figures(FIDELITY_DEVELOPING - 1, QUALITY_DEVELOPING)).category).toBe('unknownOpportunity');
    expect(suggestCategory(figures(0, -100)).category).toBe('unknownOpportunity');
    expect(suggestCategory(figures(100, 100)).category).toBe('showcase');
  });

  it('says why in plain English', () => {
    const s = suggestCategory(figures(82, 10, null, 2));
    expect(s.category).toBe('tweak');
    expect(s.reason).toBe('the design follows Good Help practice closely and people are mixed about recommending it. 2 stories from the community add to the picture.');
  });

  it('makes no suggestion without enough evidence', () => {
    expect(suggestCategory(figures(null, 50))).toEqual({ category: null, reason: 'there is not enough evidence yet: add a fidelity figure.' });
    expect(suggestCategory(figures(80, null)).category).toBeNull();
    expect(suggestCategory(figures(null, null)).reason).toContain('a fidelity figure and a quality figure');
    expect(suggestCategory(figures(90, 100, MIN_RESPONSES - 1)).category).toBeNull();
    expect(suggestCategory(figures(90, 100, 1)).reason).toContain('from one person');
    expect(suggestCategory(figures(90, 100, MIN_RESPONSES)).category).toBe('showcase');
  });

  it('never suggests a category needing more improvement when a figure gets better', () => {
    const order = (c: string | null) => EVALUATION_CATEGORIES.indexOf(c as (typeof EVALUATION_CATEGORIES)[number]);
    const fidelity = fc.integer({ min: 0, max: 100 });
    const quality = fc.integer({ min: -100, max: 100 });
    fc.assert(
      fc.property(fidelity, fidelity, quality, quality, (f1, f2, q1, q2) => {
        const worse = suggestCategory(figures(Math.min(f1, f2), Math.min(q1, q2))).category;
        const better = suggestCategory(figures(Math.max(f1, f2), Math.max(q1, q2))).category;
        return order(better) <= order(worse);
      }),
    );
  });
});
