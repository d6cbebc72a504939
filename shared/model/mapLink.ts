import { z } from 'zod';
import { customFieldsSchema } from './customFields';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';
import { DIRECTED_BY_DEFAULT, LINK_TYPES, REFERRAL_MODES, type LinkType } from './vocabulary';

export const mapLinkSchema = z
  .object({
    id: idSchema,
    mapId: idSchema,
    source: idSchema,
    target: idSchema,
    type: z.enum(LINK_TYPES),
    directed: z.boolean(),
    /** 1 = weak, 2 = ordinary, 3 = strong. */
    strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
    notes: z.string().max(20_000).default(''),
    /** Only meaningful for referrals: is the person walked to the help, or just told of it? */
    referralMode: z.enum(REFERRAL_MODES).nullable().default(null),
    /** What other tools' files carry that we have no field for (shared/model/customFields). */
    customFields: customFieldsSchema.optional(),
  })
  .refine((l) => l.source !== l.target, { message: 'A link must join two different nodes', path: ['target'] })
  .refine((l) => l.type === 'refersTo' || l.referralMode === null, {
    message: 'Only a referral can be a warm handover or signposting',
    path: ['referralMode'],
  });
export type MapLink = z.infer<typeof mapLinkSchema>;

export function createLink(fields: {
  id: string;
  mapId: string;
  source: string;
  target: string;
  type: LinkType;
}): MapLink {
  return mapLinkSchema.parse({
    ...fields,
    directed: DIRECTED_BY_DEFAULT.has(fields.type),
    referralMode: fields.type === 'refersTo' ? 'signposting' : null,
  });
}

/** Version 1: links as first released (strength, notes and referral mode included). */
export const LINK_RECORD = defineRecordType<MapLink>({ name: 'link', version: 1, schema: mapLinkSchema, migrations: [] });
