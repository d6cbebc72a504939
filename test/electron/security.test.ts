import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl, isTrustedSenderUrl } from '../../electron/security';
import { readFileSync } from 'node:fs';

describe('desktop security rules', () => {
  it('trusts only our own app origin, and the dev server only when one is set', () => {
    expect(isTrustedSenderUrl('app://goodhelp/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedSenderUrl('https://goodhelp/index.html')).toBe(false);
    expect(isTrustedSenderUrl('file:///C:/index.html')).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSenderUrl('not a url')).toBe(false);
  });

  it('opens only https pages and email addresses in the OS browser', () => {
    expect(isSafeExternalUrl('https://www.gov.uk/')).toBe(true);
    expect(isSafeExternalUrl('mailto:help@example.org')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@example.org/')).toBe(false);
  });

  it('uses the same Content-Security-Policy in the page as in the protocol handler', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag, so the page's copy leaves it out.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
