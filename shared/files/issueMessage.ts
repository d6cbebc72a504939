import type { z } from 'zod';
import { locateIssue } from './describeIssue';
import type { FileProblem } from './fileProblem';

/** A zod issue as the detail and place of a FileProblem. */
export function describeIssueAt(raw: unknown, issue: z.core.$ZodIssue): { detail: string; where: FileProblem['where'] } {
  const where = locateIssue(raw, issue);
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'this is missing' : issue.message;
  return { detail: `${message.replace(/\.$/, '')}.`, where };
}
