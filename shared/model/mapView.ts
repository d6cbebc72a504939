import { z } from 'zod';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';
import { CHARACTERISTICS, type Characteristic } from './vocabulary';

/**
 * The fields a lens can colour, size or filter the map by. Ids only: what each one means and
 * how it is drawn lives in `shared/lens`. Stored in saved views, so an id, once shipped, stays.
 */
export const CATEGORY_LENS_FIELDS = ['kind', 'area', 'tag', 'orgType', 'evaluationCategory', 'reflected', 'community'] as const;
export const NUMBER_LENS_FIELDS = [
  'degree',
  'betweenness',
  ...CHARACTERISTICS.map((c) => `goodHelp.${c}` as const),
] as const;
export const LENS_FIELDS = [...CATEGORY_LENS_FIELDS, ...NUMBER_LENS_FIELDS] as const;
/** A custom field (shared/model/customFields) as a lens field: `custom.` and the field's name. */
export type CustomLensField = `custom.${string}`;
export type LensField = (typeof LENS_FIELDS)[number] | CustomLensField;
/** Fields that can size nodes: the built-in number fields, or a custom field holding numbers. */
export type NumberLensField = (typeof NUMBER_LENS_FIELDS)[number] | CustomLensField;
export type CharacteristicLensField = `goodHelp.${Characteristic}`;

export const CUSTOM_LENS_PREFIX = 'custom.';
const customLensFieldSchema = z.custom<CustomLensField>((v) => typeof v === 'string' && v.startsWith(CUSTOM_LENS_PREFIX) && v.length > CUSTOM_LENS_PREFIX.length && v.length <= CUSTOM_LENS_PREFIX.length + 100, 'Not a custom field');
export const lensFieldSchema = z.union([z.enum(LENS_FIELDS), customLensFieldSchema]);

export const lensFilterSchema = z.object({
  field: lensFieldSchema,
  /** Category keys to leave out; new categories show by default. */
  hide: z.array(z.string().max(200)).max(1000),
  /** Hidden entirely, or left on the map but quiet. */
  mode: z.enum(['hide', 'fade']),
});
export type LensFilter = z.infer<typeof lensFilterSchema>;

/** How the map is coloured, sized and filtered. The standard look is colour by kind. */
export const lensSchema = z.object({
  colour: lensFieldSchema.default('kind'),
  size: z.union([z.enum(NUMBER_LENS_FIELDS), customLensFieldSchema]).nullable().default(null),
  /** Colour links by their type. */
  linkColour: z.boolean().default(false),
  filter: lensFilterSchema.nullable().default(null),
});
export type Lens = z.infer<typeof lensSchema>;
export const STANDARD_LENS: Lens = { colour: 'kind', size: null, linkColour: false, filter: null };

export const viewportSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().min(0.01).max(10),
});
export type Viewport = z.infer<typeof viewportSchema>;

/**
 * A saved view: a name, a lens, what was brought forward and where the camera was — the
 * slides of a workshop. Stored in the map, so it travels with the map's file.
 */
export const mapViewSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'A view needs a name').max(200, 'Keep names under 200 characters'),
  lens: lensSchema,
  focus: z
    .object({ nodeIds: z.array(idSchema).max(200_000), label: z.string().max(500) })
    .nullable()
    .default(null),
  viewport: viewportSchema.nullable().default(null),
});
export type MapView = z.infer<typeof mapViewSchema>;

/** Version 1: saved views as first released. */
export const VIEW_RECORD = defineRecordType<MapView>({ name: 'view', version: 1, schema: mapViewSchema, migrations: [] });
