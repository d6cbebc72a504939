import { z } from 'zod';
import { LINK_TYPES, NODE_KINDS, customFieldsSchema, openingSessionSchema } from '../model';
import { MAX_COLUMNS, MAX_ROWS } from './table';

/** Messages between the import reader worker and the page, checked on arrival. */
const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Expected file bytes');
export const readRequestSchema = z.object({
  type: z.literal('read'),
  files: z.array(z.object({ name: z.string().min(1).max(260), bytes: bytesSchema })).min(1).max(20),
});
export type ReadRequest = z.infer<typeof readRequestSchema>;

const tableSchema = z.object({
  fileName: z.string(),
  sheetName: z.string().optional(),
  headers: z.array(z.string()).max(MAX_COLUMNS),
  rows: z.array(z.array(z.string())).max(MAX_ROWS + 1),
  encoding: z.string().max(40).optional(),
  notes: z.array(z.string().max(2000)).max(20).optional(),
});
const placeSchema = z.object({ fileName: z.string(), row: z.number().int().optional(), record: z.string().optional() });
const elementSchema = z.object({
  place: placeSchema,
  id: z.string().optional(),
  name: z.string(),
  kind: z.enum(NODE_KINDS),
  notes: z.string().optional(),
  tags: z.array(z.string()).optional(),
  areaNames: z.array(z.string()).optional(),
  role: z.string().optional(),
  orgType: z.string().optional(),
  website: z.string().optional(),
  contact: z.string().optional(),
  contactWithNames: z.string().optional(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  sessions: z.array(openingSessionSchema).optional(),
  topicNames: z.array(z.string()).optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  customFields: customFieldsSchema.optional(),
});
const connectionSchema = z.object({
  place: placeSchema,
  id: z.string().optional(),
  from: z.string(),
  to: z.string(),
  type: z.enum(LINK_TYPES).nullable(),
  notes: z.string().optional(),
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  directed: z.boolean().optional(),
  customFields: customFieldsSchema.optional(),
});
const batchSchema = z.object({ elements: z.array(elementSchema), connections: z.array(connectionSchema), warnings: z.array(z.string()), summary: z.string().max(2000).optional() });

export const readReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), fileIndex: z.number().int().min(0), fileCount: z.number().int().min(1) }),
  z.object({ type: z.literal('done'), source: z.object({ tables: z.array(tableSchema), batches: z.array(batchSchema) }) }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type ReadReply = z.infer<typeof readReplySchema>;
