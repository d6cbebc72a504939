// Runs Electronegativity (Doyensec's Electron security scanner) over the desktop shell and the
// page it loads, and fails on any finding not justified below. The scanner itself exits 0
// whatever it finds, so its report is read here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Re-evaluates the page's CSP: accepted only if 'self' in script-src is its one weakness. */
function cspOnlyWarnsAboutSelf() {
  const csp = require('@doyensec/csp-evaluator');
  const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) return false;
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  const serious = findings.filter((f) => f.severity !== csp.severities.SYNTAX && f.severity <= csp.severities.MEDIUM_MAYBE);
  return serious.every((f) => f.directive === 'script-src' && f.value === "'self'");
}

/**
 * Findings we have looked at and accept, each with the reason. Matched on check id, file and
 * the code the scanner quotes, so a new call of the same kind is reported again.
 */
const JUSTIFIED = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'security.ts',
    sample: 'if (isSafeExternalUrl(url)) deps.openExternal(url);',
    why: 'Only https: and mailto: URLs reach openExternal (isSafeExternalUrl, unit-tested).',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main.ts',
    sample: 'if (isSafeExternalUrl(url)) await shell.openExternal(url);',
    why: 'The IPC handler checks the URL with isSafeExternalUrl before calling this.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main.ts',
    sample: 'hardenWebContents(contents, { openExternal: (url) => void shell.openExternal(url) }),',
    why: 'hardenWebContents only calls this after isSafeExternalUrl (see security.ts).',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'ipcHandlers.ts',
    sample: 'await deps.openExternal(url);',
    why: 'Guarded by isSafeExternalUrl on the line before; the request is also zod-validated.',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'index.html',
    verify: cspOnlyWarnsAboutSelf,
    why:
      "The evaluator's only worry is script-src 'self' (risky with JSONP or user uploads). Our " +
      'origin is the app:// protocol, which serves only the files we built.',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main.ts',
    sample: "preload: join(__dirname, 'preload.cjs'),",
    why: 'The preload is our own, sandboxed, checks context isolation and exposes five named functions.',
  },
];

// The scanner reads TypeScript and HTML; give it the shell and the page's HTML together, so
// it sees the Content-Security-Policy meta tag as well as the window settings.
const scanDir = mkdtempSync(join(tmpdir(), 'ghm-scan-'));
for (const name of readdirSync(join(root, 'electron'))) {
  if (name.endsWith('.ts') && !name.startsWith('vite.')) cpSync(join(root, 'electron', name), join(scanDir, name));
}
cpSync(join(root, 'renderer', 'index.html'), join(scanDir, 'index.html'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const report = join(scanDir, 'report.sarif');

const scanner = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
// AvailableSecurityFixesGlobalCheck downloads Electron's release list: the one online check.
const result = spawnSync(
  process.execPath,
  [scanner, '-i', scanDir, '-o', report, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-v', 'false'],
  { encoding: 'utf8', timeout: 180_000 },
);
let sarif;
try {
  sarif = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('Electronegativity did not produce a report:\n', result.stdout, result.stderr);
  process.exit(1);
}
const sourceLine = (file, line) => {
  try {
    return readFileSync(join(scanDir, file), 'utf8').split('\n')[line - 1]?.trim() ?? '';
  } catch {
    return '';
  }
};
const findings = sarif.runs.flatMap((run) =>
  run.results.map((r) => {
    const location = r.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri ?? 'N/A';
    const line = location?.region?.startLine ?? 0;
    return { id: r.ruleId, file, line, sample: sourceLine(file, line), message: r.message?.text ?? '' };
  }),
);
rmSync(scanDir, { recursive: true, force: true });
const justified = (f) =>
  JUSTIFIED.some((j) => j.id === f.id && f.file.endsWith(j.file) && (j.verify ? j.verify() : f.sample === j.sample));
const unjustified = findings.filter((f) => !justified(f));

console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${findings.length - unjustified.length} justified, ${unjustified.length} unjustified`);
for (const f of unjustified) console.log(`  ✗ ${f.id} ${f.file}:${f.line} ${f.message}\n      ${f.sample}`);
if (unjustified.length) {
  console.log('\nFix each finding, or add it to JUSTIFIED in scripts/securityScan.mjs with the reason.');
  process.exit(1);
}
