/** The kinds of finding, in the order the panel and the report present them: strengths first. */
export const FINDING_KINDS = [
  'strength',
  'connector',
  'coverage',
  'time',
  'nearMiss',
  'deadEnd',
  'signposting',
  'topicUnlinked',
  'isolated',
  'cutOff',
  'hangsOnLink',
  'hangsOnBroker',
  'community',
  'stale',
  'setup',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_TITLES: Record<FindingKind, string> = {
  strength: 'What each area is rich in',
  connector: 'Key connectors',
  coverage: 'Where there is no safe space',
  time: 'When there is no safe space',
  nearMiss: 'Nearly safe: one or two steps away',
  deadEnd: 'Where a disclosure can lead nowhere',
  signposting: 'Signposting rather than a warm handover',
  topicUnlinked: 'Help no space is linked to',
  isolated: 'Not connected to anyone yet',
  cutOff: 'Groups cut off from the main network',
  hangsOnLink: 'Groups hanging on one link',
  hangsOnBroker: 'Groups hanging on one person or organisation',
  community: 'Groups with few links to the rest',
  stale: 'Details to check again',
  setup: 'To get more from the analysis',
};

export const STRENGTH_KINDS: ReadonlySet<FindingKind> = new Set(['strength', 'connector']);

/** A suggested new link, in words, that the user can add with one click. */
export interface IntroductionFinding {
  readonly fromId: string;
  readonly toId: string;
  readonly linkType: string;
  readonly text: string;
}

/** One thing the analysis found, in one plain-English sentence, and the nodes it is about. */
export interface Finding {
  /** Stable across runs for the same map, so the panel can keep a finding selected. */
  readonly id: string;
  readonly kind: FindingKind;
  /** The area it is about, or null for the whole map. */
  readonly areaId: string | null;
  readonly text: string;
  /** A short name for what is highlighted, shown above the map. */
  readonly label: string;
  readonly nodeIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly introductions: readonly IntroductionFinding[];
  /** For the last finding of a long list: how many more it stands for. */
  readonly more?: number;
}

/** How many things a list of findings reports, counting "12 more like these" as 12. */
export function countFindings(findings: readonly Finding[]): number {
  return findings.reduce((n, f) => n + (f.more ?? 1), 0);
}

export function finding(fields: Omit<Finding, 'linkIds' | 'introductions'> & Partial<Pick<Finding, 'linkIds' | 'introductions'>>): Finding {
  return { linkIds: [], introductions: [], ...fields, nodeIds: [...new Set(fields.nodeIds)] };
}

/** On a big map, a kind lists this many findings one by one; the rest are counted in one. */
export const MAX_FINDINGS_PER_KIND = 40;

/** "12 more like these", highlighting all of their nodes: the tables in the CSV export list each. */
export function moreFinding(kind: FindingKind, count: number, nodeIds: readonly string[]): Finding {
  return finding({
    id: `${kind}:more`,
    kind,
    areaId: null,
    text: `${count === 1 ? '1 more like this' : `${count} more like these`}. The full list is in the CSV tables (Export tables).`,
    label: `${count} more: ${FINDING_KIND_TITLES[kind].toLowerCase()}`,
    nodeIds,
    more: count,
  });
}
