// People leaving a map, told to every server process at once. Hocuspocus 4.7 with its Redis
// extension loses departures on the way between processes, twice over:
// - it sends a change of presence only if the map still has a connection on this process when
//   the send runs, a moment later, so the last person leaving a process is never sent;
// - a process applying presence from Redis re-encodes only the states present, so a departure
//   that does arrive is dropped.
// Colleagues on other processes went on seeing a person "here" until presence timed out 30 s
// later (and a person whose window started again was counted two or three times). Departures
// therefore go on a channel of their own and are applied directly to each process's map.
import { Redis } from '@hocuspocus/extension-redis';
import { isTransactionOrigin, type onAwarenessUpdatePayload, type onConfigurePayload } from '@hocuspocus/server';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { z } from 'zod';

const departureSchema = z.strictObject({
  from: z.string().max(200),
  map: z.string().max(200),
  /** [client id, its presence clock when it left] */
  left: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(1000),
});
type Departure = z.infer<typeof departureSchema>;

export class RedisWithDepartures extends Redis {
  /** Its own connection: the extension's subscriber reads every message it gets as its own kind. */
  private departures: Redis['sub'] | null = null;

  private get departuresChannel(): string {
    return `${this.configuration.prefix}#departures`;
  }

  override async onConfigure(payload: onConfigurePayload): Promise<void> {
    await super.onConfigure(payload);
    this.departures = this.pub.duplicate();
    this.departures.on('message', (channel: string, text: string) => channel === this.departuresChannel && this.applyDeparture(text));
    await this.departures.subscribe(this.departuresChannel);
  }

  override async onDestroy(): Promise<void> {
    this.departures?.disconnect(false);
    await super.onDestroy();
  }

  override async onAwarenessUpdate(payload: onAwarenessUpdatePayload): Promise<void> {
    await super.onAwarenessUpdate(payload);
    const { removed, transactionOrigin, awareness, documentName } = payload;
    // Departures that came from Redis are already known to every process.
    if (removed.length === 0 || (isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'redis')) return;
    const departure: Departure = { from: this.configuration.identifier, map: documentName, left: removed.map((id) => [id, awareness.meta.get(id)?.clock ?? 0]) };
    await this.pub.publish(this.departuresChannel, JSON.stringify(departure));
  }

  private applyDeparture(text: string): void {
    let parsed: Departure;
    try {
      parsed = departureSchema.parse(JSON.parse(text));
    } catch {
      return; // Redis is shared infrastructure: a malformed message changes nothing.
    }
    if (parsed.from === this.configuration.identifier) return;
    const awareness = this.instance.documents.get(parsed.map)?.awareness;
    if (!awareness) return;
    // Someone who came back since (here or on another process) has announced a later clock.
    const gone = parsed.left.filter(([id, clock]) => awareness.states.has(id) && (awareness.meta.get(id)?.clock ?? 0) <= clock).map(([id]) => id);
    if (gone.length) removeAwarenessStates(awareness, gone, this.redisTransactionOrigin);
  }
}
