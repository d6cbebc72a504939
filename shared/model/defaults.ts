/**
 * The defaults a new map starts with (PRODUCT.md). Every place defines these a little
 * differently, so they are copied into each map and edited there, never referenced live.
 */

export interface DefaultEntry {
  readonly id: string;
  readonly label: string;
}

export const DEFAULT_AUDIENCES: readonly DefaultEntry[] = [
  { id: 'everyone', label: 'Everyone' },
  { id: 'multipleDisadvantage', label: 'People facing multiple disadvantage' },
  { id: 'youngPeople', label: 'Young people' },
  { id: 'olderPeople', label: 'Older people' },
  { id: 'families', label: 'Families with children' },
  { id: 'women', label: 'Women' },
  { id: 'men', label: 'Men' },
  { id: 'lgbtq', label: 'LGBTQ+ people' },
  { id: 'refugees', label: 'Refugees and people seeking asylum' },
  { id: 'disabled', label: 'Disabled people' },
];

export const DEFAULT_HELP_TOPICS: readonly (DefaultEntry & { readonly core: boolean })[] = [
  { id: 'housing', label: 'Housing', core: true },
  { id: 'money', label: 'Money & debt', core: true },
  { id: 'mentalHealth', label: 'Mental health', core: true },
  { id: 'substanceUse', label: 'Substance use', core: true },
  { id: 'domesticAbuse', label: 'Domestic abuse', core: true },
  { id: 'food', label: 'Food', core: false },
  { id: 'employment', label: 'Employment & skills', core: false },
  { id: 'physicalHealth', label: 'Physical health', core: false },
  { id: 'loneliness', label: 'Loneliness', core: false },
  { id: 'immigration', label: 'Immigration', core: false },
  { id: 'legal', label: 'Legal', core: false },
];

export type DerivedCriterion = 'onwardRoute' | 'outOfHours';

export const DEFAULT_CRITERIA: readonly (DefaultEntry & {
  readonly essential: boolean;
  readonly derived?: DerivedCriterion;
})[] = [
  { id: 'openAccess', label: 'Open access (walk in, no referral or appointment)', essential: true },
  { id: 'free', label: 'Free', essential: true },
  { id: 'welcoming', label: 'Welcoming to people facing multiple disadvantage', essential: true },
  { id: 'privateSpace', label: 'A private place to talk', essential: true },
  { id: 'trainedPerson', label: 'Someone trained in Good Help or trauma-informed practice present', essential: true },
  { id: 'peerSupport', label: 'Peer support / lived experience involved', essential: false },
  { id: 'warmth', label: 'Warmth, food or drink', essential: false },
  { id: 'accessible', label: 'Step-free and accessible', essential: false },
  { id: 'connectivity', label: 'Free internet or phone', essential: false },
  { id: 'information', label: 'Information about local help', essential: false },
  { id: 'onwardRoute', label: 'Onward route to help with the core topics', essential: true, derived: 'onwardRoute' },
  { id: 'outOfHours', label: 'Open out of hours (evenings or weekends)', essential: false, derived: 'outOfHours' },
];
