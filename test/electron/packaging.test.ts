import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml comes with electron-builder, which reads this same file.
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const config = yaml.load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('packaging', () => {
  it('sets the Electron fuses that close the usual ways in', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds for Windows, macOS and Linux with an icon that exists', () => {
    const targets = (key: string) => JSON.stringify((config[key] as { target: unknown }).target);
    expect(targets('win')).toContain('nsis');
    expect(targets('mac')).toContain('dmg');
    expect(targets('linux')).toContain('AppImage');
    expect(targets('linux')).toContain('deb');
    expect(existsSync(new URL(`../../${String(config.icon)}`, import.meta.url))).toBe(true);
  });

  it('packs only the bundled app, never node_modules', () => {
    expect(config.files).toEqual(['dist/**', 'dist-electron/**', 'package.json']);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { main: string; dependencies?: object };
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });
});
