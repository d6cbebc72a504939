import type { HelpTopic } from '../model';

const norm = (s: string) => s.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();

/** Words in directory taxonomies (ORUK's LGA/esd lists, Kumu tags) that mean one of the default help topics. */
const TOPIC_WORDS: Record<string, readonly string[]> = {
  housing: ['housing', 'homelessness', 'homeless', 'accommodation', 'tenancy', 'rough sleeping', 'shelter'],
  money: ['money', 'debt', 'benefits', 'welfare rights', 'financial', 'finance', 'budgeting', 'cost of living', 'money advice'],
  mentalHealth: ['mental health', 'mental wellbeing', 'counselling', 'wellbeing', 'emotional support', 'anxiety', 'depression'],
  substanceUse: ['substance use', 'substance misuse', 'drugs', 'alcohol', 'addiction', 'recovery'],
  domesticAbuse: ['domestic abuse', 'domestic violence', 'abuse', 'sexual violence'],
  food: ['food', 'food bank', 'food banks', 'meals', 'community meals', 'food pantry', 'nutrition'],
  employment: ['employment', 'jobs', 'skills', 'training', 'employment and skills', 'volunteering', 'adult learning', 'education'],
  physicalHealth: ['physical health', 'health', 'exercise', 'fitness', 'healthy living', 'nhs'],
  loneliness: ['loneliness', 'social isolation', 'isolation', 'befriending', 'social activities', 'social groups'],
  immigration: ['immigration', 'asylum', 'refugees', 'migrants', 'asylum seekers'],
  legal: ['legal', 'legal advice', 'law', 'advice'],
};

/**
 * The map's help topic a taxonomy term most likely means: its label first (the map's own
 * words), then the common directory words for the default topics; null when nothing fits.
 */
export function matchHelpTopic(term: string, topics: readonly HelpTopic[]): HelpTopic | null {
  const t = norm(term);
  if (!t) return null;
  const exact = topics.find((topic) => norm(topic.label) === t || norm(topic.id) === t);
  if (exact) return exact;
  for (const topic of topics) if ((TOPIC_WORDS[topic.id] ?? []).some((w) => w === t)) return topic;
  for (const topic of topics) if ((TOPIC_WORDS[topic.id] ?? []).some((w) => ` ${t} `.includes(` ${w} `))) return topic;
  return topics.find((topic) => ` ${t} `.includes(` ${norm(topic.label)} `)) ?? null;
}
