import { z } from 'zod';

/** Ids are opaque strings: UUIDs when we make them, anything reasonable when imported. */
export const idSchema = z.string().min(1, 'An id cannot be empty').max(100, 'An id is at most 100 characters');
export type Id = z.infer<typeof idSchema>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}
