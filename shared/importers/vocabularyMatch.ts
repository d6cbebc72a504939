import { LINK_TYPES, LINK_TYPE_LABELS, NODE_KINDS, NODE_KIND_LABELS, type LinkType, type NodeKind } from '../model';

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const KIND_WORDS: Record<NodeKind, readonly string[]> = {
  person: ['person', 'people', 'individual', 'staff', 'volunteer', 'champion', 'advocate', 'worker', 'contact', 'member', 'resident', 'leader'],
  organisation: ['organisation', 'organization', 'org', 'group', 'charity', 'service', 'council', 'agency', 'provider', 'business', 'company', 'vcfse', 'nhs', 'school', 'church', 'mosque', 'faith group', 'partner'],
  space: ['space', 'place', 'venue', 'location', 'hub', 'cafe', 'café', 'library', 'centre', 'center', 'community centre', 'building', 'site', 'drop in', 'safe space'],
  project: ['project', 'programme', 'program', 'initiative', 'activity', 'campaign', 'pilot', 'scheme'],
};

/** The node kind a Kumu "Type" (or any spreadsheet's kind column) most likely means, or null. */
export function matchKind(value: string): NodeKind | null {
  const v = norm(value);
  if (!v) return null;
  for (const kind of NODE_KINDS) if (v === norm(NODE_KIND_LABELS[kind]) || v === kind) return kind;
  for (const kind of NODE_KINDS) if (KIND_WORDS[kind].some((w) => v === norm(w) || v === `${norm(w)}s`)) return kind;
  for (const kind of NODE_KINDS) if (KIND_WORDS[kind].some((w) => v.split(' ').includes(norm(w)))) return kind;
  return null;
}

const LINK_WORDS: Record<LinkType, readonly string[]> = {
  worksAt: ['works at', 'volunteers at', 'works for', 'employed by', 'staff', 'member of', 'works'],
  runsOrHosts: ['runs', 'hosts', 'runs or hosts', 'operates', 'manages', 'owns'],
  delivers: ['delivers', 'provides', 'offers'],
  partnersWith: ['partners with', 'partner', 'partnership', 'collaborates', 'works with'],
  refersTo: ['refers to', 'refers', 'referral', 'signposts', 'signposts to', 'signposting'],
  funds: ['funds', 'funding', 'commissions', 'funded by', 'grant'],
  meetsAt: ['meets at', 'meets', 'based at', 'located at', 'held at', 'uses'],
  knows: ['knows', 'friend', 'contact', 'relationship', 'connection'],
};

/** The link type a Kumu "Type" on a connection most likely means, or null. */
export function matchLinkType(value: string): LinkType | null {
  const v = norm(value);
  if (!v) return null;
  for (const type of LINK_TYPES) if (v === norm(type) || v === norm(LINK_TYPE_LABELS[type])) return type;
  for (const type of LINK_TYPES) if (LINK_WORDS[type].some((w) => v === norm(w))) return type;
  for (const type of LINK_TYPES) if (LINK_WORDS[type].some((w) => v.startsWith(norm(w)))) return type;
  return null;
}

/** Whether a link type text is one of our words for its type exactly, not a near guess. */
export function isExactLinkWord(value: string): boolean {
  const v = norm(value);
  return LINK_TYPES.some((type) => v === norm(type) || v === norm(LINK_TYPE_LABELS[type]) || LINK_WORDS[type].some((w) => v === norm(w)));
}

/** Kumu separates several values in one cell with `|`. */
export function splitMulti(cell: string): string[] {
  return [...new Set(cell.split('|').map((s) => s.trim()).filter(Boolean))];
}
