import type { z } from 'zod';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  lastChecked: 'Last checked',
  sessions: 'Opening sessions',
  start: 'Start time',
  end: 'End time',
  fidelity: 'Fidelity',
  quality: 'Quality',
  postcode: 'Postcode',
  target: 'Link',
  referralMode: 'Referral',
};

/** The first problem zod found, phrased for a person: "Name: A name is needed". */
export function validationMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That change is not valid.';
  const field = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  const label = field ? (FIELD_LABELS[field] ?? field) : null;
  return label ? `${label}: ${issue.message}` : issue.message;
}
