/**
 * The version of the stored map schema. Bump it only together with a migration step in
 * `renderer/storage/database.ts` (stored records) and, later, the `.ghmap` file migrations:
 * maps made by older versions must keep opening.
 */
export const MAP_SCHEMA_VERSION = 1;
