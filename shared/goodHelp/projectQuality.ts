import type { ProjectNode } from '../model';
import { netPromoterScore, responsesOf } from './nps';

export interface ProjectQuality {
  /** −100 to 100, or null when nothing is recorded. */
  readonly value: number | null;
  /** Worked out from survey answers, or a figure typed in from elsewhere. */
  readonly source: 'nps' | 'entered' | null;
  readonly responses: number;
}

/** The quality figure a project's evaluation uses: its net promoter score when people have answered. */
export function projectQuality(project: Pick<ProjectNode, 'promoterCounts' | 'quality'>): ProjectQuality {
  const responses = responsesOf(project.promoterCounts);
  const nps = netPromoterScore(project.promoterCounts);
  if (nps !== null) return { value: nps, source: 'nps', responses };
  if (project.quality !== null) return { value: project.quality, source: 'entered', responses: 0 };
  return { value: null, source: null, responses: 0 };
}
