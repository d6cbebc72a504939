import type { MapMeta } from '../model';
import { EVALUATION_CATEGORY_LABELS, LINK_TYPE_LABELS, REFERRAL_MODE_LABELS, SUPPORT_KIND_LABELS } from '../model';

/** Field names as a person would say them; fields not listed are named from their key. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  notes: 'Notes',
  tags: 'Tags',
  lastChecked: 'Last checked',
  selfAssessment: 'Good Help reflection',
  reflections: 'Good Help reflections',
  promoterCounts: 'Net promoter survey',
  impactStories: 'Impact stories',
  supportOffered: 'Support offered',
  role: 'Role',
  skills: 'Skills',
  isAdvocate: 'Good Help advocate',
  eventsAttended: 'Events attended',
  sensitive: 'Sensitive',
  contact: 'Contact',
  orgType: 'Organisation type',
  helpTopics: 'Help topics',
  areasServed: 'Areas served',
  website: 'Website',
  areaId: 'Area',
  address: 'Address',
  postcode: 'Postcode',
  sessions: 'Opening sessions',
  audiences: 'Who it welcomes',
  criteriaMet: 'Safe-space criteria met',
  status: 'Status',
  lead: 'Lead',
  evaluationCategory: 'Evaluation',
  fidelity: 'Fidelity',
  quality: 'Quality',
  impact: 'Impact',
  type: 'Type',
  directed: 'One-way',
  strength: 'Strength',
  referralMode: 'Referral',
};

/** Free text too long to quote in a list: said to have been edited, not quoted. */
const LONG_TEXT = new Set(['notes', 'impact']);
/** Changes to these are shown as one line, not item by item. */
const WHOLE_VALUE = new Set(['sessions', 'selfAssessment', 'promoterCounts']);
/** Histories of dated entries: said as how many were added or taken away. */
const COUNTED = new Set(['reflections', 'impactStories']);
const ID_LISTS: Record<string, (meta: MapMeta) => readonly { id: string; label?: string; name?: string }[]> = {
  helpTopics: (m) => m.helpTopics,
  areasServed: (m) => m.areas,
  audiences: (m) => m.audiences,
  criteriaMet: (m) => m.criteria,
  supportOffered: () => Object.entries(SUPPORT_KIND_LABELS).map(([id, label]) => ({ id, label })),
};

function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

function quote(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

function valueText(key: string, value: unknown, metas: readonly MapMeta[]): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (key === 'areaId') return quote(lookup(metas, (m) => m.areas, String(value)));
  if (key === 'type') return LINK_TYPE_LABELS[value as keyof typeof LINK_TYPE_LABELS]?.toLowerCase() ?? String(value);
  if (key === 'referralMode') return REFERRAL_MODE_LABELS[value as keyof typeof REFERRAL_MODE_LABELS]?.toLowerCase() ?? String(value);
  if (key === 'evaluationCategory') return quote(EVALUATION_CATEGORY_LABELS[value as keyof typeof EVALUATION_CATEGORY_LABELS] ?? String(value));
  if (key === 'strength') return ({ 1: 'weak', 2: 'ordinary', 3: 'strong' } as Record<string, string>)[String(value)] ?? String(value);
  if (typeof value === 'number') return String(value);
  return quote(String(value));
}

function lookup(metas: readonly MapMeta[], list: (m: MapMeta) => readonly { id: string; label?: string; name?: string }[], id: string): string {
  for (const meta of metas) {
    const entry = list(meta).find((e) => e.id === id);
    if (entry) return entry.label ?? entry.name ?? id;
  }
  return id;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One field's change in plain English: "Renamed from “A” to “B”", "Tags: added “food”",
 * "Postcode set to “OL11 2AB”", "Notes edited". `metas` (after first) name ids in id lists.
 */
export function describeFieldChange(key: string, before: unknown, after: unknown, metas: readonly MapMeta[]): string | null {
  if (sameValue(before, after)) return null;
  const label = fieldLabel(key);
  if (key === 'name') return `Renamed from ${quote(String(before))} to ${quote(String(after))}`;
  if (LONG_TEXT.has(key)) return !after ? `${label} cleared` : !before ? `${label} added` : `${label} edited`;
  if (WHOLE_VALUE.has(key)) return `${label} changed`;
  if (COUNTED.has(key)) {
    const change = (Array.isArray(after) ? after.length : 0) - (Array.isArray(before) ? before.length : 0);
    if (change === 0) return `${label} edited`;
    return `${label}: ${Math.abs(change)} ${change > 0 ? 'added' : 'taken away'}`;
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    const was = new Set((before as unknown[] | undefined ?? []).map(String));
    const now = new Set((after as unknown[] | undefined ?? []).map(String));
    const name = (id: string) => (ID_LISTS[key] ? quote(lookup(metas, ID_LISTS[key]!, id)) : quote(id));
    const added = [...now].filter((v) => !was.has(v)).map(name);
    const removed = [...was].filter((v) => !now.has(v)).map(name);
    const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
    return parts.length ? `${label}: ${parts.join('; ')}` : `${label} reordered`;
  }
  const from = valueText(key, before, metas);
  const to = valueText(key, after, metas);
  if (!from) return `${label} set to ${to}`;
  if (!to) return `${label} cleared (was ${from})`;
  return `${label} changed from ${from} to ${to}`;
}
