import type { z } from 'zod';
import { locateIssue } from './describeIssue';
import type { FileProblem } from './fileProblem';

/** A zod issue as the detail and place of a FileProblem. */
export function describeIssueAt(raw: unknown, issue: z.core.$ZodIssue): { detail: string; where: FileProblem['where'] } {
  const where = locateIssue(raw, issue);
  const message = issue.code === 'invalid_type' ? typeMessage(raw, issue) : issue.message;
  return { detail: `${message.replace(/\.$/, '')}.`, where };
}

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'a set of fields', array: 'a list', null: 'empty (null)' };

/** "this is missing" only when it is; a value of the wrong type says what it is and what is wanted. */
function typeMessage(raw: unknown, issue: z.core.$ZodIssue): string {
  let value: unknown = raw;
  let present = true;
  for (const key of issue.path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key as PropertyKey)) {
      present = false;
      break;
    }
    value = (value as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  if (!present || value === undefined) return 'this is missing';
  const expected = 'expected' in issue ? String(issue.expected) : '';
  const found = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return `this should be ${TYPE_WORDS[expected] ?? expected}, but it is ${TYPE_WORDS[found] ?? found}`;
}
