import { describe, expect, it } from 'vitest';
import { accessKeyKind, mapRoleOfKey, newAccessKey, newSharedMapId } from '../../shared/sync/accessKeys';
import { formatInvite, parseInvite } from '../../shared/sync/invite';
import { parseServerAddress } from '../../shared/sync/serverAddress';

const address = (typed: string) => {
  const result = parseServerAddress(typed);
  if (!result.ok) throw new Error(result.message);
  return result.address;
};

describe('team server address', () => {
  it('turns what people type into one websocket and one HTTP URL on the same origin', () => {
    expect(address('team.council.gov.uk')).toEqual({ websocketUrl: 'wss://team.council.gov.uk', httpUrl: 'https://team.council.gov.uk', label: 'team.council.gov.uk' });
    expect(address(' https://team.council.gov.uk/maps/ ')).toMatchObject({ websocketUrl: 'wss://team.council.gov.uk/maps', httpUrl: 'https://team.council.gov.uk/maps' });
    expect(address('wss://team.council.gov.uk:8443')).toMatchObject({ httpUrl: 'https://team.council.gov.uk:8443' });
    expect(address('127.0.0.1:1234')).toMatchObject({ websocketUrl: 'ws://127.0.0.1:1234', httpUrl: 'http://127.0.0.1:1234' });
    expect(address('http://localhost:1234')).toMatchObject({ websocketUrl: 'ws://localhost:1234' });
  });

  it('refuses unencrypted servers elsewhere, odd schemes, credentials and queries, saying why', () => {
    const message = (typed: string) => {
      const result = parseServerAddress(typed);
      return result.ok ? null : result.message;
    };
    expect(message('')).toMatch(/Type the address/);
    expect(message('http://team.council.gov.uk')).toMatch(/secure connection/);
    expect(message('ws://10.0.0.5:1234')).toMatch(/secure connection/);
    expect(message('ftp://team.council.gov.uk')).toMatch(/must start with https/);
    expect(message('javascript://alert(1)')).toMatch(/must start with https/);
    expect(message('https://me:secret@team.council.gov.uk')).toMatch(/Leave names and passwords out/);
    expect(message('https://team.council.gov.uk/?x=1')).toMatch(/“\?” or “#”/);
    expect(message('not a server')).toMatch(/not a server address/);
  });
});

describe('access keys', () => {
  it('say their kind, and only map keys give a role', () => {
    expect(accessKeyKind(newAccessKey('team'))).toBe('team');
    expect(mapRoleOfKey(newAccessKey('edit'))).toBe('edit');
    expect(mapRoleOfKey(newAccessKey('view'))).toBe('view');
    expect(mapRoleOfKey(newAccessKey('admin'))).toBeNull();
    expect(() => accessKeyKind('ghm_root_x')).toThrow(/not a Good Help Map access key/);
    expect(newAccessKey('edit')).not.toBe(newAccessKey('edit'));
    expect(newSharedMapId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('invites', () => {
  const server = address('team.council.gov.uk');
  const mapId = newSharedMapId();
  const key = newAccessKey('view');

  it('round-trip, even wrapped across lines by an email program', () => {
    const invite = formatInvite({ server, mapId, key, mapName: 'Kirkholt & Rochdale help map' });
    expect(invite.startsWith('goodhelpmap:join?')).toBe(true);
    const wrapped = `  <${invite.slice(0, 30)}\n${invite.slice(30)}>  `;
    expect(parseInvite(wrapped)).toEqual({ ok: true, invite: { server, mapId, key, role: 'view', mapName: 'Kirkholt & Rochdale help map' } });
  });

  it('say plainly what is wrong with a damaged or foreign invite', () => {
    const good = formatInvite({ server, mapId, key, mapName: 'Kirkholt' });
    const message = (text: string) => {
      const result = parseInvite(text);
      return result.ok ? null : result.message;
    };
    expect(message('')).toMatch(/Paste the invite/);
    expect(message('https://kumu.io/x')).toMatch(/not a Good Help Map invite/);
    expect(message(good.replace(/key=[^&]+/, 'key=ghm_view_short'))).toMatch(/its access key is missing or wrong/);
    expect(message(good.replace(/map=[^&]+/, ''))).toMatch(/its map id/);
    expect(message(good.replace(/server=[^&]+/, 'server=http%3A%2F%2Fevil.example'))).toMatch(/server address is not usable: .*secure/);
    expect(message(good.replace(/key=[^&]+/, `key=${newAccessKey('admin')}`))).toMatch(/server key, not a map key/);
    expect(message(`${good}&extra=1`)).toMatch(/damaged/);
  });
});
