import { z } from 'zod';
import { idSchema, mapSnapshotSchema } from '../model';

/**
 * A named, stored copy of a whole map ("Before the workshop"), kept beside the map in the
 * database. Counts are kept apart from the copy so the list can say what each holds.
 */
export const mapSnapshotRecordSchema = z.object({
  id: idSchema,
  mapId: idSchema,
  name: z.string().trim().min(1, 'A snapshot needs a name').max(200, 'Keep names under 200 characters'),
  createdAt: z.iso.datetime({ offset: true }),
  nodeCount: z.number().int().min(0),
  linkCount: z.number().int().min(0),
  snapshot: mapSnapshotSchema,
});
export type MapSnapshotRecord = z.infer<typeof mapSnapshotRecordSchema>;
export type MapSnapshotSummary = Omit<MapSnapshotRecord, 'snapshot'>;
