import { z } from 'zod';
import { idSchema, lensSchema, viewportSchema } from '../model';

/**
 * What the facilitator's window tells an audience window (a second Electron window or a
 * second browser tab on the same origin) over a BroadcastChannel. Another page of ours could
 * post anything on the channel, so each side parses what it receives and ignores the rest.
 */
export const AUDIENCE_CHANNEL = 'good-help-map.audience';

const sizeSchema = z.object({ width: z.number().positive().max(100_000), height: z.number().positive().max(100_000) });

export const audienceMessageSchema = z.discriminatedUnion('type', [
  /** An audience window has opened and wants to know what to show. */
  z.object({ type: z.literal('hello') }),
  /** Where the facilitator's camera is, and how big their canvas is, so the audience shows the same part. */
  z.object({ type: z.literal('viewport'), mapId: idSchema, viewport: viewportSchema, size: sizeSchema }),
  /** Which map, and how it is drawn: the lens and what is brought forward. */
  z.object({
    type: z.literal('scene'),
    mapId: idSchema,
    mapName: z.string().max(200),
    lens: lensSchema,
    emphasis: z
      .object({
        nodeIds: z.array(idSchema).max(200_000),
        linkIds: z.array(idSchema).max(400_000),
        label: z.string().max(500),
      })
      .nullable(),
    workshop: z.boolean(),
  }),
  /** The agenda timer, so the room sees the time left too. Both windows share one clock. */
  z.object({
    type: z.literal('timer'),
    shown: z.boolean(),
    title: z.string().max(200),
    minutes: z.number().int().min(1).max(240),
    elapsedMs: z.number().min(0).max(1e10),
    startedAt: z.number().min(0).nullable(),
  }),
  /** The facilitator closed the map. */
  z.object({ type: z.literal('closed') }),
]);
export type AudienceMessage = z.infer<typeof audienceMessageSchema>;

/** The message, or null if it is not one of ours. */
export function readAudienceMessage(data: unknown): AudienceMessage | null {
  const parsed = audienceMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * The audience's camera for the facilitator's: the same centre of the map, zoomed so the
 * audience sees at least what the facilitator sees, whatever the two screens' shapes.
 */
export function followViewport(
  viewport: Viewport,
  from: { width: number; height: number },
  to: { width: number; height: number },
): Viewport {
  const centreX = (from.width / 2 - viewport.x) / viewport.zoom;
  const centreY = (from.height / 2 - viewport.y) / viewport.zoom;
  const zoom = viewport.zoom * Math.min(to.width / from.width, to.height / from.height);
  return { x: to.width / 2 - centreX * zoom, y: to.height / 2 - centreY * zoom, zoom };
}
