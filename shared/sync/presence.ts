// Who is here: each person's name, colour and selection, carried by Yjs awareness. Awareness
// states come from other people's computers, so each is validated; a malformed one is left out
// and never shown, and a name is shown as text, never as markup.
import { z } from 'zod';

/** Distinct with colour blindness (Okabe–Ito, darkened), and ≥ 4.5:1 against white text. */
export const PRESENCE_COLOURS = ['#0060A8', '#A34700', '#007A5E', '#B0306A', '#5E4FA2', '#7A5C00', '#00708A', '#B3261E'] as const;

export const presenceStateSchema = z.object({ // unknown fields are stripped
  person: z.strictObject({
    name: z.string().trim().min(1).max(80),
    colour: z.enum(PRESENCE_COLOURS),
  }),
  /** Ids of the records this person has selected (nodes, links, notes). */
  selection: z.array(z.string().max(100)).max(500).default([]),
});
export type PresenceState = z.infer<typeof presenceStateSchema>;

export interface PersonHere {
  clientId: number;
  name: string;
  colour: string;
  selection: string[];
  isMe: boolean;
}

/** A colour for this client that stays the same for the session. */
export function presenceColourFor(clientId: number): (typeof PRESENCE_COLOURS)[number] {
  return PRESENCE_COLOURS[Math.abs(clientId) % PRESENCE_COLOURS.length]!;
}

/** Everyone whose awareness state is well formed, this person first, then by name. */
export function peopleHere(states: ReadonlyMap<number, unknown>, myClientId: number): PersonHere[] {
  const people: PersonHere[] = [];
  for (const [clientId, state] of states) {
    const parsed = presenceStateSchema.safeParse(state);
    if (!parsed.success) continue;
    people.push({ clientId, name: parsed.data.person.name, colour: parsed.data.person.colour, selection: parsed.data.selection, isMe: clientId === myClientId });
  }
  return people.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Which colleagues have each record selected, for drawing their colour around it. */
export function selectionsByRecord(people: readonly PersonHere[]): Map<string, PersonHere[]> {
  const byRecord = new Map<string, PersonHere[]>();
  for (const person of people) {
    if (person.isMe) continue;
    for (const id of person.selection) byRecord.set(id, [...(byRecord.get(id) ?? []), person]);
  }
  return byRecord;
}
