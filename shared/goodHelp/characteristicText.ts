import type { Characteristic, ReflectionLevel } from '../model';

/** Each characteristic as the seeds put it (Rochdale's "Characteristics of good help"). */
export const CHARACTERISTIC_PROMPTS: Record<Characteristic, string> = {
  powerSharing: 'Recognising and building upon the influence and control that each person brings.',
  enablingLanguage: 'Having conversations that enable people to feel safe and ready to take action for themselves.',
  tailoring: 'Helping people define their own purpose and plans, and responding to their individual needs.',
  scaffolding: 'Offering practical and emotional support that helps people take and sustain action, then stepping back as they build confidence.',
  roleModels: 'Helping people connect with and take action with other people they identify with.',
  opportunityMaking: 'Expanding opportunities for people to take action.',
  transparency: 'Sharing information between practitioners and the people being supported.',
};

/** What each level means, in words a team can agree on: a conversation, never a score. */
export const LEVEL_DESCRIPTIONS: Record<ReflectionLevel, string> = {
  1: 'We are beginning to think about this.',
  2: 'We do this sometimes and are learning how.',
  3: 'This is true of most of the help we give.',
  4: 'This is simply how we work; others could learn from us.',
};

export const CHANGE_WORDS = { up: 'grew', down: 'felt less true', same: 'stayed the same', new: 'first reflection' } as const;
export const CHANGE_ARROWS = { up: '↑', down: '↓', same: '→', new: '•' } as const;
