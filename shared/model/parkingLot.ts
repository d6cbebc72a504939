import { z } from 'zod';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';

/**
 * A point raised in a workshop that the room agreed to come back to. Kept in the map, so the
 * list leaves the session with the map's record (and its file) and every change can be undone.
 */
export const parkingLotItemSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1, 'Write the point down first').max(500, 'Keep a parked point under 500 characters'),
  /** Ticked off once the room has come back to it. */
  done: z.boolean().default(false),
  addedAt: z.iso.datetime({ offset: true }),
});
export type ParkingLotItem = z.infer<typeof parkingLotItemSchema>;

/** Version 1: parked points as first released. */
export const PARKING_LOT_RECORD = defineRecordType<ParkingLotItem>({ name: 'parkingLotItem', version: 1, schema: parkingLotItemSchema, migrations: [] });
