/**
 * What is in the Millbrook demo map. People are recorded by role, never by name. Positions are
 * grid cells [column, row] within a region (see buildDemoMap.ts).
 *
 * The gaps built in on purpose:
 * - Riverside has no safe disclosure space at all; Kingsway has exactly one (fragile), open
 *   only on weekday afternoons, so Kingsway has no evening or weekend cover.
 * - Near misses: Northgate Library lacks only a trained person (and opens Tuesday and Thursday
 *   evenings); Kingsway Baptist Hall lacks only a trained person (and would bring a Tuesday
 *   evening and a Saturday to Kingsway); Riverside Wellbeing Hub lacks only open access. (Each
 *   signposts on for every core topic, so the derived onward route is met.)
 * - Dead end: the Old Town Recovery Café meets every ticked criterion but only links on to drug
 *   and alcohol help, so it misses the derived onward route: a dead end, and one step away.
 * - Unconnected: the Men's Shed and the Polish Saturday School are isolated; the Riverside
 *   allotment group (three nodes) links only among itself; the Northgate Estate residents'
 *   group hangs on one broker (the estate's community champion); the Kingsway Carers' Circle
 *   hangs on a single link.
 */
import type { Region } from './buildDemoMap';

export interface DemoNode {
  key: string;
  kind: 'person' | 'organisation' | 'space' | 'project';
  name: string;
  region: Region;
  at: [number, number];
  fields: Record<string, unknown>;
}

const SAFE = ['openAccess', 'free', 'welcoming', 'privateSpace', 'trainedPerson'];
const without = (...missing: string[]) => SAFE.filter((c) => !missing.includes(c));
const weekdays = (start: string, end: string) => [0, 1, 2, 3, 4].map((day) => ({ day, start, end }));
const s = (day: number, start: string, end: string) => ({ day, start, end });
const checked = (date: string) => ({ lastChecked: date });

export const DEMO_NODES: DemoNode[] = [
  // ---- Projects: the eight kinds of Good Help project from the Rochdale seeds -------------
  { key: 'J1', kind: 'project', name: 'Ageing Well in Northgate', region: 'northgate', at: [2, 3], fields: { status: 'Running', lead: 'Adult social care, Northgate', evaluationCategory: 'showcase', fidelity: 82, quality: 61, impact: 'Older residents say they know who to call and feel less alone through the winter.', tags: ['older people'], ...checked('2026-06-12'), selfAssessment: { powerSharing: 3, roleModels: 4 } } },
  { key: 'J2', kind: 'project', name: 'Riverside Early Help', region: 'riverside', at: [1, 0], fields: { status: 'Running', lead: 'Early help team', evaluationCategory: 'tweak', fidelity: 64, quality: 35, impact: 'Families value one worker who stays with them; waiting times are still long.', tags: ['families'], ...checked('2026-05-03') } },
  { key: 'J3', kind: 'project', name: 'Multiple Disadvantage Partnership', region: 'centre', at: [0, 7.5], fields: { status: 'Running', lead: 'Public health', evaluationCategory: 'bigOpportunity', fidelity: 48, quality: 12, impact: 'A shared assessment is being co-produced with people who have used services.', tags: ['multiple disadvantage'], ...checked('2026-04-20') } },
  { key: 'J4', kind: 'project', name: 'Enforcement with Good Help', region: 'centre', at: [1, 3], fields: { status: 'Planning', lead: 'Council tax and enforcement', evaluationCategory: 'unknownOpportunity', fidelity: 30, impact: '', tags: ['enforcement'], ...checked('2025-02-14') } },
  { key: 'J5', kind: 'project', name: 'Fresh Start Parents', region: 'oldtown', at: [3, 2], fields: { status: 'Running', lead: "Children's services", evaluationCategory: 'tweak', fidelity: 70, quality: 40, impact: 'Parents describe being treated as people, not cases.', tags: ['families'], ...checked('2026-07-01') } },
  { key: 'J6', kind: 'project', name: 'Safe Spaces Mapping', region: 'centre', at: [0, 0], fields: { status: 'Running', lead: 'Prevention team with Millbrook CVS', impact: 'This map.', tags: ['prevention', 'VCFSE infrastructure'], ...checked('2026-09-01') } },
  { key: 'J7', kind: 'project', name: 'Millbrook Good Help Movement', region: 'centre', at: [1, 0], fields: { status: 'Running', lead: 'Millbrook CVS', evaluationCategory: 'showcase', fidelity: 75, quality: 58, impact: 'Over 60 people have called themselves Good Help advocates.', tags: ['movement'], ...checked('2026-08-15'), selfAssessment: { powerSharing: 4, opportunityMaking: 3, transparency: 3 } } },
  { key: 'J8', kind: 'project', name: 'Youth Employment Hubs', region: 'kingsway', at: [1, 2], fields: { status: 'Running', lead: 'Economic development', evaluationCategory: 'bigOpportunity', fidelity: 55, quality: 20, impact: 'Young people like the drop-in; few employers are involved yet.', tags: ['young people', 'employment'], ...checked('2026-03-10') } },

  // ---- Northgate (most deprived) ----------------------------------------------------------
  { key: 'S1', kind: 'space', name: 'Northgate Community Centre', region: 'northgate', at: [1, 1], fields: { areaId: 'northgate', address: '2 Brook Lane', postcode: 'MB1 4NG', sessions: [...weekdays('09:00', '16:00'), s(2, '18:00', '20:30')], audiences: ['everyone', 'multipleDisadvantage', 'families'], criteriaMet: [...SAFE, 'warmth', 'accessible', 'connectivity', 'information', 'peerSupport'], tags: ['hub'], ...checked('2026-08-20'), selfAssessment: { tailoring: 4, scaffolding: 3, enablingLanguage: 3 } } },
  { key: 'S2', kind: 'space', name: 'Northgate Library', region: 'northgate', at: [3, 1], fields: { areaId: 'northgate', address: 'Market Street', postcode: 'MB1 2LB', sessions: [s(1, '10:00', '19:30'), s(3, '10:00', '19:30'), s(5, '10:00', '13:00')], audiences: ['everyone', 'olderPeople', 'families'], criteriaMet: [...without('trainedPerson'), 'accessible', 'connectivity', 'information', 'warmth'], ...checked('2026-07-15') } },
  { key: 'S3', kind: 'space', name: "St Aidan's Church Hall", region: 'northgate', at: [1, 3], fields: { areaId: 'northgate', address: 'Church Road', postcode: 'MB1 7SA', sessions: [s(3, '12:00', '14:00'), s(6, '14:00', '16:00')], audiences: ['everyone', 'olderPeople', 'multipleDisadvantage'], criteriaMet: [...SAFE, 'warmth', 'peerSupport'], tags: ['lunch club'], ...checked('2026-02-11') } },
  { key: 'S4', kind: 'space', name: 'Northgate Food Pantry', region: 'northgate', at: [3, 3], fields: { areaId: 'northgate', address: 'Unit 4, Brook Parade', postcode: 'MB1 4FP', sessions: [s(4, '10:00', '13:00')], audiences: ['everyone', 'families'], criteriaMet: [...without('privateSpace', 'trainedPerson'), 'warmth'], tags: ['food'], ...checked('2026-06-30') } },
  { key: 'O6', kind: 'organisation', name: 'Northgate Food Bank', region: 'northgate', at: [3, 4], fields: { orgType: 'VCFSE group', helpTopics: ['food'], areasServed: ['northgate'], ...checked('2026-06-30') } },
  { key: 'O8', kind: 'organisation', name: "St Aidan's Church", region: 'northgate', at: [0, 4], fields: { orgType: 'Faith group', helpTopics: ['loneliness', 'food'], areasServed: ['northgate'], ...checked('2024-10-02') } },
  { key: 'P1', kind: 'person', name: 'Good Help advocate – community centre', region: 'northgate', at: [0, 0], fields: { role: 'Good Help advocate', isAdvocate: true, skills: ['listening', 'benefits forms'], eventsAttended: ['Good Help launch', 'Trauma-informed practice'], ...checked('2026-08-20') } },
  { key: 'P2', kind: 'person', name: 'Community champion – Northgate Estate', region: 'northgate', at: [0, 2], fields: { role: 'Community champion', skills: ['knows everyone on the estate'], eventsAttended: ['Good Help launch'], ...checked('2026-05-18') } },
  { key: 'P3', kind: 'person', name: 'Library assistant – Northgate', region: 'northgate', at: [2, 0], fields: { role: 'Frontline worker', skills: ['digital help'], ...checked('2026-07-15') } },
  { key: 'P12', kind: 'person', name: "Faith leader – St Aidan's", region: 'northgate', at: [0, 3], fields: { role: 'Community champion', skills: ['pastoral care'], isAdvocate: true, ...checked('2024-10-02') } },
  { key: 'O21', kind: 'organisation', name: "Northgate Estate Residents' Group", region: 'northgate', at: [0, 1], fields: { orgType: 'VCFSE group', helpTopics: ['loneliness'], areasServed: ['northgate'], notes: 'Meets in a flat on the estate. Only the community champion is in touch with the wider network.', ...checked('2026-05-18') } },
  { key: 'P14', kind: 'person', name: 'Estate volunteer – residents\u2019 group', region: 'northgate', at: [1, 0], fields: { role: 'Volunteer', skills: ['door knocking'], ...checked('2026-05-18') } },

  // ---- Riverside: no safe disclosure space ------------------------------------------------
  { key: 'S5', kind: 'space', name: 'Riverside Wellbeing Hub', region: 'riverside', at: [1, 1], fields: { areaId: 'riverside', address: '11 Quay Street', postcode: 'MB2 1WH', sessions: weekdays('09:00', '17:00').slice(0, 4), audiences: ['everyone', 'multipleDisadvantage'], criteriaMet: [...without('openAccess'), 'privateSpace', 'accessible', 'information'], notes: 'Appointments only at the moment.', ...checked('2026-04-02') } },
  { key: 'S6', kind: 'space', name: 'The Mill Café', region: 'riverside', at: [3, 1], fields: { areaId: 'riverside', address: 'Mill Yard', postcode: 'MB2 3MC', sessions: [0, 1, 2, 3, 4, 5].map((d) => s(d, '08:00', '16:00')), audiences: ['everyone', 'youngPeople'], criteriaMet: [...without('free', 'trainedPerson'), 'warmth', 'connectivity'], ...checked('2026-01-25') } },
  { key: 'S7', kind: 'space', name: 'Riverside Surgery waiting room', region: 'riverside', at: [1, 3], fields: { areaId: 'riverside', address: 'Riverside Health Centre', postcode: 'MB2 5HC', sessions: weekdays('08:00', '18:30'), audiences: ['everyone'], criteriaMet: ['free', 'accessible', 'information'], ...checked('2026-03-03') } },
  { key: 'O7', kind: 'organisation', name: "Riverside Tenants' Association", region: 'riverside', at: [3, 0], fields: { orgType: 'VCFSE group', helpTopics: ['housing'], areasServed: ['riverside'], ...checked('2024-06-01') } },
  { key: 'O18', kind: 'organisation', name: 'Riverside Mosque', region: 'riverside', at: [3, 3], fields: { orgType: 'Faith group', helpTopics: ['food', 'loneliness'], areasServed: ['riverside'], ...checked('2026-02-20') } },
  { key: 'O11', kind: 'organisation', name: 'Millbrook Primary Care Network', region: 'riverside', at: [0, 3], fields: { orgType: 'NHS', helpTopics: ['physicalHealth', 'mentalHealth'], areasServed: ['northgate', 'riverside', 'kingsway', 'oldtown'], ...checked('2026-03-03') } },
  { key: 'P7', kind: 'person', name: 'Wellbeing coordinator – Riverside hub', region: 'riverside', at: [0, 1], fields: { role: 'Frontline worker', skills: ['social prescribing'], isAdvocate: true, eventsAttended: ['Good Help launch'], ...checked('2026-04-02') } },
  { key: 'P10', kind: 'person', name: 'System leader – primary care', region: 'riverside', at: [0, 4], fields: { role: 'System leader', ...checked('2026-03-03') } },
  { key: 'O22', kind: 'organisation', name: 'Riverside Allotment Group', region: 'apart', at: [0, 0], fields: { orgType: 'VCFSE group', helpTopics: ['food', 'loneliness'], areasServed: ['riverside'], ...checked('2026-06-06') } },
  { key: 'P15', kind: 'person', name: 'Volunteer coordinator – allotments', region: 'apart', at: [1, 1], fields: { role: 'Volunteer', skills: ['growing food', 'welcoming newcomers'], ...checked('2026-06-06') } },
  { key: 'S15', kind: 'space', name: 'Riverside Allotment Hut', region: 'apart', at: [0, 2], fields: { areaId: 'riverside', address: 'Towpath allotments', postcode: 'MB2 9AH', sessions: [s(5, '10:00', '13:00')], audiences: ['everyone'], criteriaMet: ['openAccess', 'free', 'warmth'], ...checked('2026-06-06') } },

  // ---- Kingsway: one safe space, weekday afternoons only -----------------------------------
  { key: 'S8', kind: 'space', name: 'Kingsway Youth Hub', region: 'kingsway', at: [1, 1], fields: { areaId: 'kingsway', address: '40 Kingsway', postcode: 'MB3 2YH', sessions: [0, 2, 4].map((d) => s(d, '13:00', '17:00')), audiences: ['youngPeople', 'multipleDisadvantage'], criteriaMet: [...SAFE, 'peerSupport', 'connectivity', 'warmth'], ...checked('2026-07-09') } },
  { key: 'S9', kind: 'space', name: 'Kingsway Baptist Hall', region: 'kingsway', at: [3, 1], fields: { areaId: 'kingsway', address: 'Chapel Street', postcode: 'MB3 6BH', sessions: [s(1, '18:30', '20:30'), s(5, '10:00', '12:00')], audiences: ['everyone', 'families', 'olderPeople'], criteriaMet: [...without('trainedPerson'), 'warmth', 'accessible'], ...checked('2026-05-22') } },
  { key: 'S10', kind: 'space', name: 'Kingsway Leisure Centre', region: 'kingsway', at: [3, 3], fields: { areaId: 'kingsway', address: 'Park Road', postcode: 'MB3 8LC', sessions: [0, 1, 2, 3, 4, 5, 6].map((d) => s(d, '07:00', '21:00')), audiences: ['everyone'], criteriaMet: ['openAccess', 'accessible'], ...checked('2025-09-30') } },
  { key: 'O9', kind: 'organisation', name: 'Kingsway Baptist Church', region: 'kingsway', at: [3, 0], fields: { orgType: 'Faith group', helpTopics: ['food', 'loneliness'], areasServed: ['kingsway'], ...checked('2026-05-22') } },
  { key: 'O13', kind: 'organisation', name: 'Kingsway Youth Trust', region: 'kingsway', at: [0, 2], fields: { orgType: 'VCFSE group', helpTopics: ['employment', 'mentalHealth'], areasServed: ['kingsway', 'riverside'], ...checked('2026-07-09') } },
  { key: 'O16', kind: 'organisation', name: 'Millbrook College', region: 'kingsway', at: [1, 4], fields: { orgType: 'School or college', helpTopics: ['employment'], areasServed: ['kingsway', 'oldtown'], ...checked('2026-01-12') } },
  { key: 'P8', kind: 'person', name: 'Youth worker – Kingsway Youth Hub', region: 'kingsway', at: [0, 0], fields: { role: 'Frontline worker', isAdvocate: true, skills: ['youth work', 'CV writing'], eventsAttended: ['Good Help launch', 'Youth hub training'], ...checked('2026-07-09') } },
  { key: 'O23', kind: 'organisation', name: "Kingsway Carers' Circle", region: 'kingsway', at: [3, 4], fields: { orgType: 'VCFSE group', helpTopics: ['loneliness'], areasServed: ['kingsway'], ...checked('2026-04-14') } },
  { key: 'P16', kind: 'person', name: "Peer supporter – carers' circle", region: 'kingsway', at: [2, 4], fields: { role: 'Person with lived experience', skills: ['caring for a parent'], ...checked('2026-04-14') } },
  { key: 'O24', kind: 'organisation', name: "Kingsway Men's Shed", region: 'apart', at: [0, 4], fields: { orgType: 'VCFSE group', helpTopics: ['loneliness'], areasServed: ['kingsway'], notes: 'New this year; nobody has been in touch yet.', ...checked('2026-09-01') } },

  // ---- Old Town (least deprived): two safe spaces, one a dead end ---------------------------
  { key: 'S11', kind: 'space', name: 'Old Town Recovery Café', region: 'oldtown', at: [1, 1], fields: { areaId: 'oldtown', address: '7 Bridge Street', postcode: 'MB4 1RC', sessions: [s(1, '17:30', '21:00'), s(3, '17:30', '21:00'), s(5, '11:00', '15:00')], audiences: ['multipleDisadvantage', 'everyone'], criteriaMet: [...SAFE, 'peerSupport', 'warmth'], tags: ['recovery'], ...checked('2026-08-02'), selfAssessment: { roleModels: 4, powerSharing: 3 } } },
  { key: 'S12', kind: 'space', name: "Old Town Women's Centre", region: 'oldtown', at: [3, 1], fields: { areaId: 'oldtown', address: '21 Abbey Walk', postcode: 'MB4 3WC', sessions: weekdays('10:00', '15:00'), audiences: ['women', 'multipleDisadvantage'], criteriaMet: [...SAFE, 'peerSupport', 'warmth', 'information'], ...checked('2026-06-18') } },
  { key: 'S13', kind: 'space', name: 'Market Hall Advice Point', region: 'oldtown', at: [1, 3], fields: { areaId: 'oldtown', address: 'Market Hall', postcode: 'MB4 2MH', sessions: [s(2, '10:00', '14:00'), s(5, '10:00', '14:00')], audiences: ['everyone'], criteriaMet: [...without('privateSpace'), 'information'], ...checked('2026-03-28') } },
  { key: 'S14', kind: 'space', name: 'Old Town Library', region: 'oldtown', at: [3, 3], fields: { areaId: 'oldtown', address: 'Abbey Square', postcode: 'MB4 1LB', sessions: [0, 1, 2, 3, 4].map((d) => s(d, '09:30', '17:00')), audiences: ['everyone'], criteriaMet: ['openAccess', 'free', 'welcoming', 'connectivity', 'information'], ...checked('2023-11-07') } },
  { key: 'O15', kind: 'organisation', name: 'Old Town Business Forum', region: 'oldtown', at: [3, 4], fields: { orgType: 'Business', areasServed: ['oldtown'], ...checked('2025-05-05') } },
  { key: 'P6', kind: 'person', name: 'Peer mentor with lived experience – recovery café', region: 'oldtown', at: [0, 0], fields: { role: 'Person with lived experience', isAdvocate: true, skills: ['peer support', 'recovery'], eventsAttended: ['Good Help launch'], ...checked('2026-08-02') } },
  { key: 'P11', kind: 'person', name: "Outreach worker – women's centre", region: 'oldtown', at: [2, 0], fields: { role: 'Frontline worker', sensitive: true, skills: ['domestic abuse support'], notes: 'Works with women at risk; leave out of shared copies.', ...checked('2026-06-18') } },
  { key: 'O25', kind: 'organisation', name: 'Polish Saturday School', region: 'apart', at: [1, 4], fields: { orgType: 'VCFSE group', helpTopics: ['immigration'], areasServed: ['oldtown'], ...checked('2026-02-02') } },

  // ---- Borough-wide services, placed between the areas ------------------------------------
  { key: 'O1', kind: 'organisation', name: 'Housing Options (council)', region: 'centre', at: [0, 4.5], fields: { orgType: 'Council service', helpTopics: ['housing'], areasServed: ['northgate', 'riverside', 'kingsway', 'oldtown'], ...checked('2026-07-20') } },
  { key: 'O2', kind: 'organisation', name: 'Millbrook Citizens Advice', region: 'centre', at: [0, 6], fields: { orgType: 'VCFSE group', helpTopics: ['money', 'housing', 'legal', 'employment'], areasServed: ['northgate', 'riverside', 'kingsway', 'oldtown'], ...checked('2026-08-11') } },
  { key: 'O3', kind: 'organisation', name: 'Millbrook Mind', region: 'centre', at: [0, 9], fields: { orgType: 'VCFSE group', helpTopics: ['mentalHealth', 'loneliness'], areasServed: ['northgate', 'riverside', 'kingsway', 'oldtown'], ...checked('2026-05-30') } },
  { key: 'O4', kind: 'organisation', name: 'Pathways Recovery Service', region: 'centre', at: [1, 7.5], fields: { orgType: 'NHS', helpTopics: ['substanceUse'], areasServed: ['northgate', 'riverside', 'kingsway', 'oldtown'], ...checked('2026-04-09') } },
  { key: 'O5', kind: 'organisation', name: "Millbrook Women's Aid", region: 'centre', at: [1, 9], fields: { orgType: 'VCFSE group', helpTopics: ['domesticAbuse'], areasServed: ['northgate', 'riverside', 'kingsway', 'oldtown'], ...checked('2026-06-18') } },
  { key: 'O10', kind: 'organisation', name: 'Millbrook Homes', region: 'riverside', at: [1, 4], fields: { orgType: 'Housing provider', helpTopics: ['housing'], areasServed: ['northgate', 'riverside'], ...checked('2025-08-19') } },
  { key: 'O12', kind: 'organisation', name: 'Millbrook Libraries', region: 'northgate', at: [3, 0], fields: { orgType: 'Council service', helpTopics: [], areasServed: ['northgate', 'oldtown'], ...checked('2026-07-15') } },
  { key: 'O14', kind: 'organisation', name: 'Millbrook CVS', region: 'centre', at: [0, 1.5], fields: { orgType: 'VCFSE group', areasServed: ['northgate', 'riverside', 'kingsway', 'oldtown'], notes: 'Voluntary-sector infrastructure: training, funding advice, the Good Help network.', ...checked('2026-09-01') } },
  { key: 'O17', kind: 'organisation', name: 'Millbrook Employment Support', region: 'oldtown', at: [0, 4], fields: { orgType: 'Other public service', helpTopics: ['employment', 'money'], areasServed: ['kingsway', 'oldtown'], ...checked('2026-02-27') } },
  { key: 'O19', kind: 'organisation', name: 'Neighbourhood Policing Team', region: 'riverside', at: [3, 4], fields: { orgType: 'Police or justice', areasServed: ['northgate', 'riverside'], ...checked('2025-11-11') } },
  { key: 'O20', kind: 'organisation', name: 'Millbrook Immigration Advice Project', region: 'riverside', at: [2, 0], fields: { orgType: 'VCFSE group', helpTopics: ['immigration', 'legal'], areasServed: ['riverside', 'oldtown'], ...checked('2026-01-19') } },
  { key: 'P4', kind: 'person', name: 'Frontline worker – housing options', region: 'centre', at: [1, 4.5], fields: { role: 'Frontline worker', skills: ['homelessness prevention'], eventsAttended: ['Trauma-informed practice'], ...checked('2026-07-20') } },
  { key: 'P5', kind: 'person', name: 'Debt adviser – Citizens Advice', region: 'centre', at: [1, 6], fields: { role: 'Good Help advocate', isAdvocate: true, skills: ['debt advice', 'benefits'], eventsAttended: ['Good Help launch'], ...checked('2026-08-11') } },
  { key: 'P9', kind: 'person', name: 'System leader – council prevention', region: 'centre', at: [0, 3], fields: { role: 'System leader', skills: ['commissioning'], eventsAttended: ['Good Help launch', 'System leaders quarterly'], ...checked('2026-09-01') } },
  { key: 'P13', kind: 'person', name: 'Development officer – CVS', region: 'centre', at: [1, 1.5], fields: { role: 'Frontline worker', isAdvocate: true, skills: ['funding bids', 'group support'], ...checked('2026-09-01') } },
];

type Mode = 'warmHandover' | 'signposting';
export const DEMO_LINKS: [string, string, string, Mode?][] = [
  // Projects and who delivers or leads them.
  ['O11', 'J1', 'delivers'], ['O8', 'J1', 'partnersWith'], ['J1', 'S3', 'meetsAt'],
  ['P9', 'J2', 'worksAt'], ['O10', 'J2', 'partnersWith'], ['J2', 'S5', 'meetsAt'],
  ['O4', 'J3', 'delivers'], ['O2', 'J3', 'partnersWith'], ['J3', 'S11', 'meetsAt'],
  ['P9', 'J4', 'worksAt'], ['O2', 'J4', 'partnersWith'],
  ['O5', 'J5', 'delivers'], ['J5', 'S12', 'meetsAt'],
  ['O14', 'J6', 'delivers'], ['P9', 'J6', 'worksAt'], ['P13', 'J6', 'worksAt'],
  ['O14', 'J7', 'runsOrHosts'], ['P13', 'J7', 'worksAt'], ['P1', 'J7', 'knows'], ['P6', 'J7', 'knows'],
  ['O13', 'J8', 'delivers'], ['O16', 'J8', 'partnersWith'], ['O17', 'J8', 'funds'], ['J8', 'S8', 'meetsAt'],
  // Northgate.
  ['P1', 'S1', 'worksAt'], ['O14', 'S1', 'runsOrHosts'],
  ['S1', 'O1', 'refersTo', 'warmHandover'], ['S1', 'O2', 'refersTo', 'warmHandover'], ['S1', 'O3', 'refersTo', 'signposting'],
  ['S1', 'O4', 'refersTo', 'signposting'], ['S1', 'O5', 'refersTo', 'warmHandover'],
  ['P3', 'S2', 'worksAt'], ['O12', 'S2', 'runsOrHosts'], ['S2', 'O2', 'refersTo', 'signposting'],
  ['S2', 'O3', 'refersTo', 'signposting'], ['S2', 'O4', 'refersTo', 'signposting'], ['S2', 'O5', 'refersTo', 'signposting'],
  ['O8', 'S3', 'runsOrHosts'], ['P12', 'O8', 'worksAt'], ['O8', 'O2', 'refersTo', 'warmHandover'],
  ['S3', 'O3', 'refersTo', 'signposting'], ['S3', 'O4', 'refersTo', 'signposting'], ['S3', 'O5', 'refersTo', 'signposting'],
  ['O6', 'S4', 'runsOrHosts'], ['S4', 'O2', 'refersTo', 'signposting'], ['O6', 'O8', 'partnersWith'],
  ['P2', 'S1', 'knows'], ['P2', 'O21', 'worksAt'], ['P14', 'O21', 'worksAt'], ['P14', 'P2', 'knows'],
  ['P4', 'O1', 'worksAt'], ['P1', 'P4', 'knows'],
  // Riverside.
  ['P7', 'S5', 'worksAt'], ['O11', 'S5', 'runsOrHosts'], ['S5', 'O3', 'refersTo', 'warmHandover'], ['S5', 'O2', 'refersTo', 'signposting'],
  ['S5', 'O4', 'refersTo', 'signposting'], ['S5', 'O5', 'refersTo', 'signposting'],
  ['O11', 'S7', 'runsOrHosts'], ['P10', 'O11', 'worksAt'], ['S7', 'O3', 'refersTo', 'signposting'],
  ['S6', 'O13', 'partnersWith'], ['O7', 'O10', 'partnersWith'], ['O7', 'S6', 'meetsAt'],
  ['O18', 'O2', 'refersTo', 'signposting'], ['O18', 'O20', 'partnersWith'],
  ['O19', 'O1', 'refersTo', 'signposting'], ['P5', 'O2', 'worksAt'], ['P5', 'S5', 'meetsAt'],
  ['O22', 'S15', 'runsOrHosts'], ['P15', 'O22', 'worksAt'], ['P15', 'S15', 'worksAt'],
  // Kingsway.
  ['P8', 'S8', 'worksAt'], ['O13', 'S8', 'runsOrHosts'], ['S8', 'O1', 'refersTo', 'warmHandover'], ['S8', 'O2', 'refersTo', 'signposting'],
  ['S8', 'O4', 'refersTo', 'signposting'], ['S8', 'O5', 'refersTo', 'signposting'],
  ['O9', 'S9', 'runsOrHosts'], ['S9', 'O2', 'refersTo', 'signposting'],
  ['S9', 'O3', 'refersTo', 'signposting'], ['S9', 'O4', 'refersTo', 'signposting'], ['S9', 'O5', 'refersTo', 'signposting'],
  ['O16', 'O13', 'partnersWith'], ['O17', 'O16', 'partnersWith'],
  ['O23', 'O3', 'partnersWith'], ['P16', 'O23', 'worksAt'],
  ['P13', 'O14', 'worksAt'], ['P9', 'O14', 'funds'], ['O14', 'O9', 'partnersWith'], ['S10', 'O3', 'refersTo', 'signposting'],
  // Old Town.
  ['P6', 'S11', 'worksAt'], ['O4', 'S11', 'runsOrHosts'], ['S11', 'O4', 'refersTo', 'warmHandover'],
  ['P11', 'S12', 'worksAt'], ['O5', 'S12', 'runsOrHosts'], ['S12', 'O1', 'refersTo', 'warmHandover'], ['S12', 'O2', 'refersTo', 'warmHandover'],
  ['S12', 'O3', 'refersTo', 'signposting'], ['S12', 'O4', 'refersTo', 'signposting'],
  ['O2', 'S13', 'runsOrHosts'], ['O12', 'S14', 'runsOrHosts'], ['S14', 'O17', 'refersTo', 'signposting'],
  ['O15', 'O17', 'partnersWith'], ['O20', 'S13', 'meetsAt'],
  // Across the borough.
  ['O1', 'O10', 'partnersWith'], ['O2', 'O3', 'partnersWith'], ['O3', 'O11', 'partnersWith'], ['P9', 'O1', 'funds'],
  ['P10', 'P9', 'knows'], ['O14', 'O13', 'partnersWith'],
];
