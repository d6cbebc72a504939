// The window's connect policy: 'self' plus the team servers this profile chose, nothing else.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { installConnectPolicy } from '../../renderer/sharing/connectPolicy';
import { parseServerAddress, type TeamServerAddress } from '../../shared/sync/serverAddress';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v), removeItem: (k) => void values.delete(k), clear: () => values.clear(), key: () => null, length: 0 } as Storage;
}

function fakeDocument() {
  const added: { httpEquiv: string; content: string }[] = [];
  const doc = { createElement: () => ({ httpEquiv: '', content: '' }), head: { prepend: (meta: { httpEquiv: string; content: string }) => added.push(meta) } };
  return { doc: doc as unknown as Document, added };
}

const server = (text: string): TeamServerAddress => {
  const parsed = parseServerAddress(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.address;
};

describe('what the window may connect to', () => {
  it("allows only 'self' until a server is chosen, then that server's origins and no other", () => {
    const storage = memoryStorage();
    const first = fakeDocument();
    const policy = installConnectPolicy(first.doc, storage, undefined);
    expect(first.added).toEqual([{ httpEquiv: 'Content-Security-Policy', content: "connect-src 'self'" }]);
    expect(policy.allows(server('team.example.gov.uk'))).toBe(false);

    policy.choose(server('team.example.gov.uk'));
    const next = fakeDocument();
    const after = installConnectPolicy(next.doc, storage, undefined);
    expect(next.added[0]!.content).toBe("connect-src 'self' wss://team.example.gov.uk https://team.example.gov.uk");
    expect(after.allows(server('team.example.gov.uk'))).toBe(true);
    expect(after.allows(server('elsewhere.example.com'))).toBe(false);
  });

  it('ignores a tampered list of chosen servers rather than letting it into the policy', () => {
    const storage = memoryStorage();
    storage.setItem('good-help-map.teamServers', JSON.stringify(["evil.example; script-src *", 42, 'https://ok.example.org']));
    const { doc, added } = fakeDocument();
    installConnectPolicy(doc, storage, undefined);
    expect(added[0]!.content).not.toContain('script-src');
    expect(added[0]!.content).toContain('https://ok.example.org');
  });

  it("leaves the page's own policy strict everywhere but connect-src, which the added policy narrows", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' ws: wss: http: https:");
  });
});
