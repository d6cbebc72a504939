import { z } from 'zod';

/**
 * Custom fields: what another tool's file carries that Good Help Map has no field for (a Kumu
 * "power" score, a Gephi attribute, a spreadsheet column of our own naming), kept on the node
 * or link it came with so nothing is dropped, and written back by the exports.
 */
export const MAX_CUSTOM_FIELDS = 100;
export const MAX_CUSTOM_NAME_CHARS = 100;
export const MAX_CUSTOM_TEXT_CHARS = 5000;

/** Names that would reach an object's prototype are refused, whatever the file says. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

export const customFieldNameSchema = z
  .string()
  .trim()
  .min(1, 'A custom field needs a name')
  .max(MAX_CUSTOM_NAME_CHARS, `Keep a field's name under ${MAX_CUSTOM_NAME_CHARS} characters`)
  .refine((name) => !FORBIDDEN_NAMES.has(name), { message: 'That name cannot be used for a field' });

export const customValueSchema = z.union([
  z.string().max(MAX_CUSTOM_TEXT_CHARS, `Keep a custom field under ${MAX_CUSTOM_TEXT_CHARS.toLocaleString('en-GB')} characters`),
  z.number().finite(),
  z.boolean(),
]);
export type CustomValue = z.infer<typeof customValueSchema>;

export const customFieldsSchema = z
  .record(customFieldNameSchema, customValueSchema)
  .refine((fields) => Object.keys(fields).length <= MAX_CUSTOM_FIELDS, { message: `A node or link can have at most ${MAX_CUSTOM_FIELDS} custom fields` });
export type CustomFields = Readonly<Record<string, CustomValue>>;

const NO_FIELDS: CustomFields = Object.freeze({});

/** A record's custom fields; records made before custom fields existed have none. */
export function customFieldsOf(record: { readonly customFields?: CustomFields | undefined }): CustomFields {
  return record.customFields ?? NO_FIELDS;
}

/** A custom value as text, the way Details, tables and exports show it. */
export function customValueText(value: CustomValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * Text typed into a custom field or read from a spreadsheet cell, as the value it most
 * plainly is: a number ("7", "-2.5"), yes/no for "true"/"false", otherwise the text itself.
 */
export function parseCustomValue(text: string): CustomValue {
  const trimmed = text.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) && !/^[-+]?0\d/.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  return text;
}
