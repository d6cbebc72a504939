import { z } from 'zod';
import { areaSchema, audienceSchema, criterionSchema, helpTopicSchema, mapMetaSchema, type Area, type Audience, type Criterion, type HelpTopic, type MapMeta } from './mapMeta';
import { defaultMilestones, milestoneSchema } from './milestones';
import { defineRecordType } from './recordType';
import { NO_VOTING, votingSchema } from './voting';

/**
 * The map's own settings as one record of the document: its name, dates and the scalar parts
 * of voting and milestones. The map's lists (areas, views, sticky notes, votes…) are records of
 * their own, so editing one never rewrites another.
 */
const milestoneSettings = milestoneSchema.pick({ target: true, countFrom: true });
export const mapSettingsSchema = mapMetaSchema
  .pick({ id: true, name: true, description: true, createdAt: true, updatedAt: true, deletedAt: true })
  .extend({
    voting: votingSchema.pick({ dotsEach: true, tallyHidden: true }).default({ dotsEach: NO_VOTING.dotsEach, tallyHidden: false }),
    milestones: z
      .object({ projects: milestoneSettings, professionals: milestoneSettings, advocates: milestoneSettings })
      .default(() => {
        const d = defaultMilestones();
        return { projects: d.projects, professionals: d.professionals, advocates: d.advocates };
      }),
  });
export type MapSettings = z.infer<typeof mapSettingsSchema>;

/** Version 1: the settings record of the synced document (2026-12). */
export const MAP_SETTINGS_RECORD = defineRecordType<MapSettings>({ name: 'settings', version: 1, schema: mapSettingsSchema, migrations: [] });

/** Version 1 of each: the map's editable lists as first released. */
export const AREA_RECORD = defineRecordType<Area>({ name: 'area', version: 1, schema: areaSchema, migrations: [] });
export const AUDIENCE_RECORD = defineRecordType<Audience>({ name: 'audience', version: 1, schema: audienceSchema, migrations: [] });
export const HELP_TOPIC_RECORD = defineRecordType<HelpTopic>({ name: 'helpTopic', version: 1, schema: helpTopicSchema, migrations: [] });
export const CRITERION_RECORD = defineRecordType<Criterion>({ name: 'criterion', version: 1, schema: criterionSchema, migrations: [] });

/**
 * The whole map record as releases before the synced document stored it (database version 2,
 * `.ghmap` files). Version 1: name, dates and lists; 2: saved views; 3: milestones and the
 * parking lot; 4: sticky notes and dot voting. Old records carry no version of their own
 * (their `schemaVersion` stayed 1), so the steps only fill what is missing and can run on any.
 */
export const LEGACY_MAP_RECORD = defineRecordType<MapMeta>({
  name: 'map',
  version: 4,
  schema: mapMetaSchema,
  migrations: [
    { to: 2, why: 'saved views', up: (m) => ({ ...m, views: m.views ?? [] }) },
    { to: 3, why: 'milestones and parking lot', up: (m) => ({ ...m, milestones: m.milestones ?? defaultMilestones(), parkingLot: m.parkingLot ?? [] }) },
    {
      to: 4,
      why: 'sticky notes and dot voting',
      up: (m) => ({ ...m, stickyNotes: m.stickyNotes ?? [], voting: m.voting ?? { ...NO_VOTING, participants: [], votes: [] } }),
    },
  ],
});
