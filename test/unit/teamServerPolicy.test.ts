import { describe, expect, it } from 'vitest';
import { parseServerAddress, type TeamServerAddress } from '../../shared/sync/serverAddress';
import { policyWithTeamServers, teamServerConnectSources } from '../../shared/sync/teamServerPolicy';

const address = (typed: string): TeamServerAddress => {
  const result = parseServerAddress(typed);
  if (!result.ok) throw new Error(result.message);
  return result.address;
};

describe('connect-src for team servers', () => {
  it('allows only the app itself until a server is chosen, then only that server’s two origins', () => {
    expect(teamServerConnectSources([])).toEqual(["'self'"]);
    expect(teamServerConnectSources([address('team.council.gov.uk/maps'), address('https://team.council.gov.uk')])).toEqual([
      "'self'",
      'wss://team.council.gov.uk',
      'https://team.council.gov.uk',
    ]);
    expect(teamServerConnectSources([address('127.0.0.1:1234')])).toEqual(["'self'", 'ws://127.0.0.1:1234', 'http://127.0.0.1:1234']);
  });

  it('replaces only connect-src, and nothing forged gets into the policy', () => {
    const base = "default-src 'self'; connect-src 'self'; object-src 'none'";
    expect(policyWithTeamServers(base, [address('team.council.gov.uk')])).toBe("default-src 'self'; connect-src 'self' wss://team.council.gov.uk https://team.council.gov.uk; object-src 'none'");
    const forged: TeamServerAddress = { websocketUrl: "wss://evil.example; script-src 'unsafe-inline'", httpUrl: 'https://a b', label: 'x' };
    const policy = policyWithTeamServers(base, [forged]);
    expect(policy).not.toMatch(/unsafe-inline/);
    expect(policy.split(';')).toHaveLength(3);
  });
});
