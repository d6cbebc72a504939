/**
 * Fixed vocabularies of the model. Labels are UK English and are what users read, so they live
 * here beside the values rather than scattered through the UI.
 */

export const NODE_KINDS = ['person', 'organisation', 'space', 'project'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  space: 'Space',
  project: 'Project',
};

export const LINK_TYPES = [
  'worksAt',
  'runsOrHosts',
  'delivers',
  'partnersWith',
  'refersTo',
  'funds',
  'meetsAt',
  'knows',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];
export const LINK_TYPE_LABELS: Record<LinkType, string> = {
  worksAt: 'Works at / volunteers at',
  runsOrHosts: 'Runs or hosts',
  delivers: 'Delivers',
  partnersWith: 'Partners with',
  refersTo: 'Refers or signposts to',
  funds: 'Funds or commissions',
  meetsAt: 'Meets at',
  knows: 'Knows',
};
/** Link types that read as one-way by default ("A funds B"); the user can change it per link. */
export const DIRECTED_BY_DEFAULT: ReadonlySet<LinkType> = new Set<LinkType>([
  'worksAt',
  'runsOrHosts',
  'delivers',
  'refersTo',
  'funds',
  'meetsAt',
]);

export const REFERRAL_MODES = ['warmHandover', 'signposting'] as const;
export type ReferralMode = (typeof REFERRAL_MODES)[number];
export const REFERRAL_MODE_LABELS: Record<ReferralMode, string> = {
  warmHandover: 'Warm handover (someone walks the person to the help)',
  signposting: 'Signposting only',
};

export const PERSON_ROLES = [
  'Community champion',
  'Good Help advocate',
  'Frontline worker',
  'System leader',
  'Person with lived experience',
  'Volunteer',
  'Manager',
  'Commissioner',
] as const;

export const ORGANISATION_TYPES = [
  'Council service',
  'NHS',
  'VCFSE group',
  'Faith group',
  'Housing provider',
  'Business',
  'School or college',
  'Police or justice',
  'Other public service',
] as const;

export const PROJECT_STATUSES = ['Idea', 'Planning', 'Running', 'Paused', 'Finished'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const EVALUATION_CATEGORIES = ['showcase', 'tweak', 'bigOpportunity', 'unknownOpportunity'] as const;
export type EvaluationCategory = (typeof EVALUATION_CATEGORIES)[number];
export const EVALUATION_CATEGORY_LABELS: Record<EvaluationCategory, string> = {
  showcase: 'Showcase (already high quality)',
  tweak: 'Tweak (scope for improvement)',
  bigOpportunity: 'Big opportunity (potential for major improvement)',
  unknownOpportunity: 'Unknown opportunity (need for major improvement)',
};

/** The seven characteristics of Good Help, from the Rochdale seeds. */
export const CHARACTERISTICS = [
  'powerSharing',
  'enablingLanguage',
  'tailoring',
  'scaffolding',
  'roleModels',
  'opportunityMaking',
  'transparency',
] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];
export const CHARACTERISTIC_LABELS: Record<Characteristic, string> = {
  powerSharing: 'Power sharing',
  enablingLanguage: 'Enabling language',
  tailoring: 'Tailoring',
  scaffolding: 'Scaffolding',
  roleModels: 'Role models and peer support',
  opportunityMaking: 'Opportunity making',
  transparency: 'Transparency',
};
/** A reflective scale, never a score card: the words matter more than the numbers. */
export const REFLECTION_LEVELS = [1, 2, 3, 4] as const;
export const REFLECTION_LEVEL_LABELS: Record<(typeof REFLECTION_LEVELS)[number], string> = {
  1: 'Just starting',
  2: 'Growing',
  3: 'Often true',
  4: 'Part of who we are',
};

/** Monday first, as UK calendars are. Index 0 = Monday. */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type DayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;
