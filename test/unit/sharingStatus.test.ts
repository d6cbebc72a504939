import { describe, expect, it } from 'vitest';
import { peopleHere, presenceColourFor, PRESENCE_COLOURS, selectionsByRecord } from '../../shared/sync/presence';
import { sharingStatus, type SharingFacts } from '../../shared/sync/sharingStatus';

const shared: SharingFacts = {
  socket: 'connected',
  refusal: null,
  synced: true,
  unsyncedChanges: 0,
  peopleHere: 3,
  role: 'edit',
  localWriteFailing: false,
  everSynced: true,
  lostConnection: false,
  serverLabel: 'team.council.gov.uk',
};

describe('sharing status', () => {
  it('says how many people are here, and when this person may only view', () => {
    expect(sharingStatus(shared).text).toBe('Shared — 3 people here');
    expect(sharingStatus({ ...shared, peopleHere: 1 }).text).toBe('Shared — only you here');
    expect(sharingStatus({ ...shared, role: 'view' })).toMatchObject({ kind: 'shared', text: 'Shared, view only — 3 people here' });
    expect(sharingStatus({ ...shared, unsyncedChanges: 2 })).toMatchObject({ kind: 'sending', text: 'Shared — 3 people here · sending your changes…' });
  });

  it('says offline, with changes kept, once the server cannot be reached', () => {
    const offline = 'Offline — your changes are kept and will be shared when you reconnect';
    expect(sharingStatus({ ...shared, socket: 'disconnected' }).text).toBe(offline);
    expect(sharingStatus({ ...shared, socket: 'connecting' }).text).toBe(offline);
    expect(sharingStatus({ ...shared, synced: false }).text).toBe(offline);
    expect(sharingStatus({ ...shared, socket: 'disconnected', everSynced: false }).text).toBe(offline);
    expect(sharingStatus({ ...shared, socket: 'disconnected' }).detail).toMatch(/team\.council\.gov\.uk/);
    expect(sharingStatus({ ...shared, socket: 'connecting', synced: false, everSynced: false })).toMatchObject({ kind: 'connecting', text: 'Connecting to team.council.gov.uk…' });
    // Retrying after a failed first attempt is offline too, not "connecting" for ever.
    expect(sharingStatus({ ...shared, socket: 'connecting', synced: false, everSynced: false, lostConnection: true }).kind).toBe('offline');
  });

  it('never says shared or saved while a local write is failing', () => {
    for (const socket of ['connected', 'disconnected'] as const) {
      expect(sharingStatus({ ...shared, socket, localWriteFailing: true })).toMatchObject({ kind: 'not-saved', text: 'Not saved yet — retrying' });
    }
  });

  it('explains a refusal in words', () => {
    expect(sharingStatus({ ...shared, refusal: 'wrong-key' })).toMatchObject({ kind: 'refused', detail: expect.stringMatching(/new invite/) });
    expect(sharingStatus({ ...shared, refusal: 'something-else' }).detail).toMatch(/something-else/);
  });
});

describe('presence', () => {
  const colour = PRESENCE_COLOURS[2];
  it('keeps well-formed people only, me first, then by name', () => {
    const states = new Map<number, unknown>([
      [7, { person: { name: 'Zara', colour }, selection: ['n1'] }],
      [3, { person: { name: 'Ade', colour }, selection: ['n1', 'n2'] }],
      [9, { person: { name: 'Me', colour } }],
      [11, { person: { name: '<img src=x onerror=alert(1)>', colour: 'javascript:alert(1)' } }],
      [12, { person: { name: '', colour } }],
      [13, { selection: ['n1'] }],
      [14, 'not an object'],
    ]);
    const people = peopleHere(states, 9);
    expect(people.map((p) => p.name)).toEqual(['Me', 'Ade', 'Zara']);
    expect(people[0]).toMatchObject({ isMe: true, selection: [] });
    const byRecord = selectionsByRecord(people);
    expect(byRecord.get('n1')?.map((p) => p.name)).toEqual(['Ade', 'Zara']);
    expect(byRecord.get('n2')?.map((p) => p.name)).toEqual(['Ade']);
  });

  it('uses colours that white names can be read on (WCAG AA, 4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of PRESENCE_COLOURS) expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each client a stable colour from the palette', () => {
    expect(presenceColourFor(12345)).toBe(presenceColourFor(12345));
    expect(PRESENCE_COLOURS).toContain(presenceColourFor(987654321));
  });
});
