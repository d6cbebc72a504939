import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppPath, serveAppRequest } from '../../electron/appProtocol';

const dist = mkdtempSync(join(tmpdir(), 'ghm-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html>');
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');

describe('the app protocol', () => {
  it('maps our URLs to files inside the built renderer', () => {
    expect(resolveAppPath(dist, 'app://goodhelp/')).toBe(join(dist, 'index.html'));
    expect(resolveAppPath(dist, 'app://goodhelp/index.html')).toBe(join(dist, 'index.html'));
    expect(resolveAppPath(dist, 'app://goodhelp/assets/app.js?v=1')).toBe(join(dist, 'assets', 'app.js'));
  });

  it('never resolves outside the folder, however the path is dressed up', () => {
    for (const url of ['app://goodhelp/../secret.txt', 'app://goodhelp/%2e%2e/secret.txt', 'app://goodhelp/a/../../secret.txt']) {
      // The URL parser folds these dots away, so they land inside the folder (and then 404).
      expect(resolveAppPath(dist, url), url).toBe(join(dist, 'secret.txt'));
    }
    // Encoded slashes survive URL parsing; the resolver must still refuse them.
    expect(resolveAppPath(dist, 'app://goodhelp/assets/%2e%2e%2f%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(dist, 'app://goodhelp/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull();
  });

  it('refuses URLs that are not ours or not well formed', () => {
    for (const url of [
      'app://goodhelp/%00index.html',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://goodhelp/%E0%A4%A',
    ]) {
      expect(resolveAppPath(dist, url), url).toBeNull();
    }
  });

  it('serves files with their type and the CSP, and 404s the rest', async () => {
    const ok = await serveAppRequest(dist, 'app://goodhelp/assets/app.js');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await serveAppRequest(dist, 'app://goodhelp/missing.js')).status).toBe(404);
    expect((await serveAppRequest(dist, 'app://goodhelp/../x')).status).toBe(404);
    expect(mimeTypeFor('x.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream');
  });
});
