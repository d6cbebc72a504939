/**
 * Open Referral UK 3.0's tables (the UK profile of HSDS 3.0), as plain strings whatever they
 * came from — its CSV tables or its JSON API — with the older names (`regular_schedule`,
 * `physical_address`, `url`) folded into the 3.0 ones when read.
 *
 * Field lists from the specification's own schema files: OpenReferralUK/uk-profile
 * schema/*.json and schema/compiled/service.json, service_list.json; the examples
 * examples/service_full.json, organization_full.json, service_at_location_full.json; the
 * paginated response shape from schema/openapi.json (components.schemas.Page:
 * total_items, total_pages, page_number, size, first_page, last_page, empty; items in `contents`).
 */
export type OrukRow = Readonly<Record<string, string>>;

/** The tables the map uses, in their 3.0 names. */
export const USED_TABLES = ['organization', 'service', 'location', 'service_at_location', 'schedule', 'address', 'phone', 'contact', 'taxonomy_term', 'attribute', 'service_area'] as const;
export type UsedTable = (typeof USED_TABLES)[number];

export type OrukTables = { readonly fileName: string } & { readonly [T in UsedTable]: readonly OrukRow[] };

/** Older (ORUK 1.x / HSDS 2) table names that mean the same as a 3.0 one. */
export const TABLE_ALIASES: Readonly<Record<string, UsedTable>> = {
  regular_schedule: 'schedule',
  holiday_schedule: 'schedule',
  physical_address: 'address',
  postal_address: 'address',
  service_taxonomy: 'attribute',
  link_taxonomy: 'attribute',
};

/** ORUK tables the map has nowhere to keep, with what they hold, for "not used — …" in the preview. */
export const UNUSED_TABLES: Readonly<Record<string, string>> = {
  accessibility: 'accessibility details are not kept on the map',
  location_accessibility: 'accessibility details are not kept on the map',
  accessibility_for_disabilities: 'accessibility details are not kept on the map',
  cost_option: 'costs are not kept on the map',
  funding: 'funding sources are not kept on the map',
  language: 'languages spoken are not kept on the map',
  taxonomy: 'the list of taxonomies is not needed: their terms are matched to help topics',
  eligibility: 'eligibility rules are not kept on the map',
  organization_identifier: 'registration numbers are not kept on the map',
  program: 'programmes are not kept on the map',
  required_document: 'required documents are not kept on the map',
  review: 'reviews are not kept on the map',
  metadata: 'change history is not kept on the map',
  meta_table_description: 'table descriptions are not needed',
  service_capacity: 'capacities are not kept on the map',
  unit: 'units are not kept on the map',
  url: 'extra web links are not kept on the map',
};

export function emptyTables(fileName: string): { fileName: string } & { [T in UsedTable]: OrukRow[] } {
  return { fileName, ...(Object.fromEntries(USED_TABLES.map((t) => [t, []])) as unknown as { [T in UsedTable]: OrukRow[] }) };
}
