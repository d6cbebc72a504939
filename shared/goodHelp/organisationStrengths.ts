import type { MapDocument } from '../editing/mapDocument';
import type { MapNode, OrganisationNode } from '../model';
import { countWords, joinSome } from '../analysis/words';
import { characteristicsSentence } from './strongCharacteristics';

export interface OrganisationStrengths {
  readonly organisationId: string;
  readonly name: string;
  /** What is going well, in plain English; empty when the map holds little about it yet. */
  readonly strengths: readonly string[];
  /** Said kindly when there is little to go on: what to add to see more. */
  readonly invitation: string | null;
}

const BY_NAME = new Intl.Collator('en-GB');

interface Ties {
  people: MapNode[];
  spaces: MapNode[];
  projects: MapNode[];
  partners: MapNode[];
  warmHandovers: number;
}

/**
 * What each organisation brings, from its reflections, the spaces it runs, the projects it
 * delivers, its partners, its people and its advocates. Only what is going well is described,
 * organisation by organisation in name order: it is a picture of riches, never a ranking.
 */
export function organisationStrengths(doc: MapDocument): OrganisationStrengths[] {
  const ties = new Map<string, Ties>();
  const tiesOf = (id: string) => {
    let t = ties.get(id);
    if (!t) ties.set(id, (t = { people: [], spaces: [], projects: [], partners: [], warmHandovers: 0 }));
    return t;
  };
  for (const link of Object.values(doc.links)) {
    for (const [selfId, otherId] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      const self = doc.nodes[selfId];
      const other = doc.nodes[otherId];
      if (self?.kind !== 'organisation' || !other) continue;
      const t = tiesOf(selfId);
      if (other.kind === 'person' && (link.type === 'worksAt' || link.type === 'knows')) t.people.push(other);
      else if (other.kind === 'space' && (link.type === 'runsOrHosts' || link.type === 'meetsAt' || link.type === 'delivers')) t.spaces.push(other);
      else if (other.kind === 'project' && (link.type === 'delivers' || link.type === 'runsOrHosts' || link.type === 'partnersWith' || link.type === 'funds')) t.projects.push(other);
      else if (other.kind === 'organisation' && link.type === 'partnersWith') t.partners.push(other);
      if (link.type === 'refersTo' && link.referralMode === 'warmHandover' && link.source === selfId) t.warmHandovers += 1;
    }
  }
  const organisations = Object.values(doc.nodes).filter((n): n is OrganisationNode => n.kind === 'organisation');
  organisations.sort((a, b) => BY_NAME.compare(a.name, b.name));
  return organisations.map((org) => {
    const t = tiesOf(org.id);
    const unique = (nodes: MapNode[]) => [...new Map(nodes.map((n) => [n.id, n])).values()];
    const strengths: string[] = [];
    const reflected = characteristicsSentence(org);
    if (reflected) strengths.push(reflected);
    const spaces = unique(t.spaces);
    if (spaces.length) strengths.push(`Runs or hosts ${joinSome(spaces.map((s) => s.name), 3)}.`);
    const projects = unique(t.projects);
    const showcase = projects.filter((p) => p.kind === 'project' && p.evaluationCategory === 'showcase');
    if (projects.length) {
      const note = showcase.length ? ` — ${showcase.length === projects.length && projects.length === 1 ? 'a showcase project' : `${countWords(showcase.length, 'showcase project')} among them`}` : '';
      strengths.push(`Part of Good Help work: ${joinSome(projects.map((p) => p.name), 3)}${note}.`);
    }
    const people = unique(t.people).filter((p) => p.kind === 'person');
    const advocates = people.filter((p) => p.kind === 'person' && p.isAdvocate);
    if (advocates.length) strengths.push(`Home to ${countWords(advocates.length, 'Good Help advocate')}.`);
    else if (people.length) strengths.push(`${countWords(people.length, 'person', 'people').replace(/^./, (c) => c.toUpperCase())} on the map ${people.length === 1 ? 'works or volunteers' : 'work or volunteer'} here.`);
    const partners = unique(t.partners);
    if (partners.length) strengths.push(`Works in partnership with ${joinSome(partners.map((p) => p.name), 3)}.`);
    if (t.warmHandovers) strengths.push(`Walks people over to other help (${countWords(t.warmHandovers, 'warm handover')}).`);
    if (org.helpTopics.length >= 3) strengths.push(`Helps with ${countWords(org.helpTopics.length, 'topic')}.`);
    const invitation = strengths.length
      ? null
      : `Not much is recorded about ${org.name} yet: a reflection, its spaces, projects and people will show what it brings.`;
    return { organisationId: org.id, name: org.name, strengths, invitation };
  });
}
