import type { CustomFields, MapLink, MapNode, MapSnapshot, PersonNode } from '../model';
import { scrubGoodHelp } from '../goodHelp/scrubGoodHelp';

export interface AnonymisedMap {
  readonly snapshot: MapSnapshot;
  /** Sensitive people left out altogether, with their links. */
  readonly removedPeople: number;
}

/**
 * A copy of a map that is safe to share outside the team: each person is named by their role
 * and a number ("Volunteer 2"), their contact details and notes are dropped, people marked
 * sensitive are removed with their links, and wherever a person's name appears in other
 * free text (notes, tags, a project's lead) it is replaced by the same pseudonym. Contact
 * details are dropped from organisations too: a contact is often a named person.
 */
export function anonymiseMap(snapshot: MapSnapshot): AnonymisedMap {
  const people = snapshot.nodes.filter((n): n is PersonNode => n.kind === 'person');
  const removed = new Set(people.filter((p) => p.sensitive).map((p) => p.id));
  const pseudonyms = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const person of people) {
    if (removed.has(person.id)) continue;
    const role = person.role.trim() || 'Person';
    const n = (counters.get(role) ?? 0) + 1;
    counters.set(role, n);
    pseudonyms.set(person.id, `${role.slice(0, 180)} ${n}`);
  }
  // Longest names first, so "Ann Marie Jones" is replaced before "Ann".
  const replacements = people
    .map((p) => ({ name: p.name.trim(), with: pseudonyms.get(p.id) ?? 'someone' }))
    .filter((r) => r.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  const scrub = (text: string, max = 20_000) => scrubNames(text, replacements).slice(0, max);

  const nodes: MapNode[] = [];
  for (const node of snapshot.nodes) {
    if (removed.has(node.id)) continue;
    if (node.kind === 'person') {
      // A person's custom fields (an age, an email from a Kumu sheet) are theirs: none travel.
      const { customFields: _own, ...rest } = node;
      nodes.push({ ...rest, name: pseudonyms.get(node.id)!, contact: '', notes: '', eventsAttended: [], tags: node.tags.map((t) => scrub(t, 100)), skills: node.skills.map((t) => scrub(t, 100)) });
      continue;
    }
    const common = scrubGoodHelp({ ...node, name: scrub(node.name, 200), notes: scrub(node.notes), tags: node.tags.map((t) => scrub(t, 100)), ...scrubCustom(node.customFields, scrub) }, scrub);
    if (common.kind === 'organisation') nodes.push({ ...common, contact: '' });
    else if (common.kind === 'project') nodes.push({ ...common, lead: scrub(common.lead, 500), impact: scrub(common.impact) });
    else nodes.push(common);
  }
  const personIds = new Set(people.map((p) => p.id));
  const links: MapLink[] = snapshot.links
    .filter((l) => !removed.has(l.source) && !removed.has(l.target))
    .map((l) => {
      const withPerson = personIds.has(l.source) || personIds.has(l.target);
      const { customFields, ...rest } = l;
      return { ...rest, notes: withPerson ? '' : scrub(l.notes), ...(withPerson ? {} : scrubCustom(customFields, scrub)) };
    });
  const views = snapshot.map.views.map((v) =>
    v.focus ? { ...v, name: scrub(v.name, 200), focus: { label: scrub(v.focus.label, 500), nodeIds: v.focus.nodeIds.filter((id) => !removed.has(id)) } } : { ...v, name: scrub(v.name, 200) },
  );
  // Workshop notes are free text like any other; who voted is kept out, the tally stays.
  const stickyNotes = snapshot.map.stickyNotes.map((n) => ({ ...n, text: scrub(n.text, 2000) }));
  const voting = {
    ...snapshot.map.voting,
    participants: snapshot.map.voting.participants.map((p, i) => ({ ...p, name: `Participant ${i + 1}` })),
    votes: snapshot.map.voting.votes.filter((v) => !(v.target.kind === 'node' && removed.has(v.target.id))),
  };
  const map = { ...snapshot.map, description: scrub(snapshot.map.description), views, stickyNotes, voting };
  return { snapshot: { ...snapshot, map, nodes, links }, removedPeople: removed.size };
}

/** Custom text fields are free text like notes: people's names in them become pseudonyms. */
function scrubCustom(fields: CustomFields | undefined, scrub: (text: string, max?: number) => string): { customFields?: CustomFields } {
  if (!fields) return {};
  return { customFields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, typeof value === 'string' ? scrub(value, 5000) : value])) };
}

function scrubNames(text: string, replacements: readonly { name: string; with: string }[]): string {
  if (!text) return text;
  let out = text;
  for (const r of replacements) {
    if (!out.toLowerCase().includes(r.name.toLowerCase())) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(r.name)}(?![\\p{L}\\p{N}])`, 'giu'), r.with);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
