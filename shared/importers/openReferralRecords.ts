import type { ImportBatch, ImportedConnection, ImportedElement } from './importBatch';
import { schedulesToSessions } from './orukSchedules';
import type { OrukRow, OrukTables } from './orukTables';

export type { OrukRow, OrukTables } from './orukTables';

/**
 * The one place that turns Open Referral UK's records — however they were read — into the
 * map: organisations (with their websites, emails, phones, contacts' roles, service areas and
 * taxonomy terms), spaces for physical locations (with addresses, postcodes and weekly
 * opening sessions) and a "runs or hosts" link from each organisation to each place its
 * services are delivered. Services themselves are not nodes: the map's unit is who and where.
 */
export function orukToBatch(t: OrukTables): ImportBatch {
  const warnings: string[] = [];
  const place = (record: string) => ({ fileName: t.fileName, record });
  const ix = indexTables(t);
  const elements: ImportedElement[] = [];
  let unnamed = 0;

  for (const org of t.organization) {
    if (!org.id) continue;
    if (!org.name) {
      unnamed++;
      continue;
    }
    const services = ix.servicesByOrg.get(org.id) ?? [];
    const serviceIds = new Set(services.map((s) => s.id ?? ''));
    const contacts = [...(ix.contactsBy.get(`organization:${org.id}`) ?? []), ...services.flatMap((s) => ix.contactsBy.get(`service:${s.id}`) ?? [])];
    const reachable = [org.email, ...services.map((s) => s.email), ...phonesOf(ix, `organization:${org.id}`), ...services.flatMap((s) => phonesOf(ix, `service:${s.id}`))];
    const contactParts = [...reachable, ...contacts.map((c) => contactAsRole(c, phonesOf(ix, `contact:${c.id}`), false))];
    const namedParts = [...reachable, ...contacts.map((c) => contactAsRole(c, phonesOf(ix, `contact:${c.id}`), true))];
    const offsite = services.filter((s) => !ix.locatedServices.has(s.id ?? '')).flatMap((s) => {
      const { sessions, notShown } = schedulesToSessions(ix.schedulesBy.get(`service:${s.id}`) ?? []);
      const times = [...sessions.map((x) => `${DAY_NAMES[x.day]} ${x.start}–${x.end}`), ...notShown];
      return times.length ? [`${s.name || 'A service'}: ${times.join('; ')}`] : [];
    });
    const notes = [
      org.description,
      services.length ? `Services: ${services.map((s) => s.name).filter(Boolean).join('; ')}` : '',
      offsite.length ? `Opening times of services with no place of their own: ${offsite.join(' · ')}` : '',
    ];
    elements.push(
      compact({
        place: place(`organization ${org.id}`),
        id: org.id,
        name: org.name.slice(0, 200),
        kind: 'organisation' as const,
        notes: joined(notes, '\n\n', 20_000),
        website: (org.website || org.url || '').slice(0, 500) || undefined,
        contact: joined(unique(contactParts), '; ', 500),
        contactWithNames: contacts.some((c) => c.name) ? joined(unique(namedParts), '; ', 500) : undefined,
        areaNames: nonEmpty(unique([...serviceIds].flatMap((id) => (ix.areasByService.get(`service:${id}`) ?? []).map((a) => (a.name || a.service_area || '').slice(0, 200))))),
        topicNames: nonEmpty(unique([...serviceIds].flatMap((id) => ix.termsByService.get(id) ?? []))),
        customFields: org.identifiers ? { 'Registration numbers': org.identifiers.slice(0, 500) } : undefined,
      }),
    );
  }

  const notShownAt: string[] = [];
  let virtual = 0;
  for (const loc of t.location) {
    if (!loc.id) continue;
    if ((loc.location_type ?? '').toLowerCase() === 'virtual') {
      virtual++;
      continue;
    }
    const address = ix.addressOf.get(loc.id);
    const name = loc.name || address?.address_1 || '';
    if (!name) {
      unnamed++;
      continue;
    }
    const { sessions, notShown } = schedulesToSessions(ix.schedulesAt(loc.id));
    if (notShown.length) notShownAt.push(`${name}: ${notShown.join('; ')}`);
    const phones = phonesOf(ix, `location:${loc.id}`);
    const notes = [loc.description, phones.length ? `Phone: ${phones.join(', ')}` : '', notShown.length ? `Opening times that are not weekly: ${notShown.join('; ')}` : ''];
    elements.push(
      compact({
        place: place(`location ${loc.id}`),
        id: loc.id,
        name: name.slice(0, 200),
        kind: 'space' as const,
        notes: joined(notes, '\n\n', 20_000),
        address: address ? joined([address.address_1, address.address_2, address.city, address.region || address.state_province], ', ', 500) : undefined,
        postcode: address?.postal_code ? address.postal_code.trim().toUpperCase().slice(0, 12) : undefined,
        sessions: sessions.length ? sessions : undefined,
        customFields: locationFields(loc),
      }),
    );
  }
  if (unnamed) warnings.push(`${unnamed} organisation${unnamed === 1 ? ' or location has' : 's or locations have'} no name and ${unnamed === 1 ? 'was' : 'were'} left out.`);
  if (virtual) warnings.push(`${virtual} virtual location${virtual === 1 ? ' (online or by phone) is' : 's (online or by phone) are'} not a place on the map and ${virtual === 1 ? 'was' : 'were'} left out.`);
  if (notShownAt.length) {
    warnings.push(`Opening times a weekly timetable cannot show were put in the space’s notes instead — ${notShownAt.slice(0, 3).join(' · ')}${notShownAt.length > 3 ? ` · and ${notShownAt.length - 3} more` : ''}.`);
  }

  const connections = runsOrHosts(t, ix, place, warnings);
  return { elements, connections, warnings };
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function runsOrHosts(t: OrukTables, ix: Indexes, place: (record: string) => { fileName: string; record: string }, warnings: string[]): ImportedConnection[] {
  const serviceNames = new Map<string, string[]>();
  let orphans = 0;
  for (const sal of t.service_at_location) {
    const service = ix.serviceById.get(sal.service_id ?? '');
    if (!service?.organization_id || !sal.location_id || !ix.locationIds.has(sal.location_id)) {
      orphans++;
      continue;
    }
    const pair = `${service.organization_id}>${sal.location_id}`;
    serviceNames.set(pair, [...(serviceNames.get(pair) ?? []), service.name ?? ''].filter(Boolean));
  }
  if (orphans) warnings.push(`${orphans} service${orphans === 1 ? '' : 's'} at a location had no organisation or no place on the map, so no link was made for ${orphans === 1 ? 'it' : 'them'}.`);
  return [...serviceNames].map(([pair, names]) => {
    const [from, to] = pair.split('>') as [string, string];
    return { place: place(`service at location ${pair}`), from, to, type: 'runsOrHosts' as const, notes: `Services here: ${unique(names).join('; ')}`.slice(0, 20_000) };
  });
}

interface Indexes {
  readonly serviceById: Map<string, OrukRow>;
  readonly servicesByOrg: Map<string, OrukRow[]>;
  readonly locatedServices: Set<string>;
  readonly locationIds: Set<string>;
  readonly addressOf: Map<string, OrukRow>;
  readonly schedulesBy: Map<string, OrukRow[]>;
  readonly phonesBy: Map<string, OrukRow[]>;
  readonly contactsBy: Map<string, OrukRow[]>;
  readonly areasByService: Map<string, OrukRow[]>;
  readonly termsByService: Map<string, string[]>;
  schedulesAt(locationId: string): OrukRow[];
}

function indexTables(t: OrukTables): Indexes {
  const group = (rows: readonly OrukRow[], keys: readonly string[]) => {
    const out = new Map<string, OrukRow[]>();
    for (const row of rows) {
      for (const key of keys) {
        const value = row[`${key}_id`];
        if (value) out.set(`${key}:${value}`, [...(out.get(`${key}:${value}`) ?? []), row]);
      }
    }
    return out;
  };
  const serviceById = new Map(t.service.filter((s) => s.id).map((s) => [s.id!, s]));
  const servicesByOrg = new Map<string, OrukRow[]>();
  for (const s of serviceById.values()) if (s.organization_id) servicesByOrg.set(s.organization_id, [...(servicesByOrg.get(s.organization_id) ?? []), s]);
  const addressOf = new Map<string, OrukRow>();
  for (const a of t.address) {
    if (!a.location_id) continue;
    const type = (a.address_type ?? '').toLowerCase();
    const current = addressOf.get(a.location_id);
    // A physical address wins over a postal one; the first of each kind is kept.
    if (!current || (type !== 'postal' && (current.address_type ?? '').toLowerCase() === 'postal')) addressOf.set(a.location_id, a);
  }
  const schedulesBy = group(t.schedule, ['service', 'location', 'service_at_location']);
  const salsAt = new Map<string, OrukRow[]>();
  for (const sal of t.service_at_location) if (sal.location_id) salsAt.set(sal.location_id, [...(salsAt.get(sal.location_id) ?? []), sal]);
  const terms = new Map(t.taxonomy_term.filter((x) => x.id).map((x) => [x.id!, x.name || x.code || '']));
  const termsByService = new Map<string, string[]>();
  for (const a of t.attribute) {
    const serviceId = a.service_id || ((a.link_type || a.link_entity || 'service').toLowerCase() === 'service' ? a.link_id : '');
    const term = terms.get(a.taxonomy_term_id ?? a.taxonomy_id ?? '') || a.taxonomy_term_name || '';
    if (serviceId && term) termsByService.set(serviceId, [...(termsByService.get(serviceId) ?? []), term]);
  }
  return {
    serviceById,
    servicesByOrg,
    locatedServices: new Set(t.service_at_location.map((s) => s.service_id ?? '').filter((id) => id)),
    locationIds: new Set(t.location.filter((l) => l.id && (l.location_type ?? '').toLowerCase() !== 'virtual').map((l) => l.id!)),
    addressOf,
    schedulesBy,
    phonesBy: group(t.phone, ['organization', 'service', 'location', 'contact', 'service_at_location']),
    contactsBy: group(t.contact, ['organization', 'service', 'location', 'service_at_location']),
    areasByService: group(t.service_area, ['service']),
    termsByService,
    schedulesAt(locationId) {
      const sals = salsAt.get(locationId) ?? [];
      // A service's own schedule (not tied to a place) applies wherever it is delivered.
      const rows = [
        ...(schedulesBy.get(`location:${locationId}`) ?? []),
        ...sals.flatMap((sal) => schedulesBy.get(`service_at_location:${sal.id}`) ?? []),
        ...sals.flatMap((sal) => (schedulesBy.get(`service:${sal.service_id}`) ?? []).filter((r) => !r.location_id && !r.service_at_location_id)),
      ];
      return [...new Set(rows)];
    },
  };
}

/** What ORUK says about a place that the map has no field for: where it is exactly, and its UPRN. */
function locationFields(loc: OrukRow): Record<string, string | number> | undefined {
  const out: Record<string, string | number> = {};
  const lat = Number(loc.latitude);
  const lon = Number(loc.longitude);
  if (loc.latitude && loc.longitude && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) Object.assign(out, { Latitude: lat, Longitude: lon });
  if (loc.external_identifier) out[(loc.external_identifier_type || 'External id').slice(0, 60)] = loc.external_identifier.slice(0, 200);
  return Object.keys(out).length ? out : undefined;
}

function phonesOf(ix: Indexes, key: string): string[] {
  return (ix.phonesBy.get(key) ?? []).map((p) => [p.number, p.extension ? `ext. ${p.extension}` : ''].filter(Boolean).join(' ')).filter(Boolean);
}

/** A contact by what they do, not who they are: "Reception Manager: 01706 123456" — or, if the user chooses, "Ann Persona (Reception Manager): …". */
function contactAsRole(contact: OrukRow, phones: readonly string[], withName: boolean): string {
  const title = contact.title || contact.department;
  const role = withName && contact.name ? (title ? `${contact.name} (${title})` : contact.name) : title || 'Contact';
  const ways = [contact.email, ...phones].filter(Boolean);
  return ways.length ? `${role}: ${ways.join(', ')}` : '';
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.map((v) => (v ?? '').trim()).filter(Boolean))];
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length ? values : undefined;
}

function joined(parts: readonly (string | undefined)[], separator: string, max: number): string | undefined {
  const text = parts.map((p) => (p ?? '').trim()).filter(Boolean).join(separator);
  return text ? text.slice(0, max) : undefined;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
