// `npm start`: opens the desktop app; where the Electron binary is missing and cannot be
// installed (locked-down networks, our build machines), says so plainly and serves the
// browser edition on localhost instead, so the app always starts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const forceBrowser = process.argv.includes('--browser') || process.env.GHM_BROWSER === '1';

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const built = ['dist/index.html', 'dist-electron/main.cjs'].map((p) => join(root, p));
  const builtAt = built.every(existsSync) ? Math.min(...built.map((p) => statSync(p).mtimeMs)) : 0;
  const sourcesAt = Math.max(...['renderer', 'shared', 'electron', 'assets'].map((d) => newestChange(join(root, d))));
  if (builtAt > sourcesAt) return;
  console.log('Building Good Help Map…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('\nThe build failed (see above). Run `npm install` again, then `npm start`.');
    process.exit(result.status ?? 1);
  }
}

/**
 * Electron's package resolves to its binary's path; when the binary is missing it would run
 * its own install step (a download from GitHub) with its output on our screen, a raw
 * `TypeError: fetch failed` stack where there is no network. So the download is tried here
 * first with its output kept back, and only its last line is shown if it fails.
 */
function electronBinary() {
  const electronDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(electronDir, 'dist'))) {
    if (!existsSync(join(electronDir, 'install.js'))) return null;
    console.log('The Electron desktop shell is not installed yet; trying to download it once…');
    const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
    if (install.status !== 0 || !existsSync(join(electronDir, 'dist'))) {
      const why = `${install.stderr ?? ''}\n${install.stdout ?? ''}`
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /^(\w*Error|error)\b/.test(line));
      console.log(`  The download did not work${why ? ` (${why.replace(/^\w*Error:\s*/, '')})` : ''}.`);
      return null;
    }
  }
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function serveBrowserEdition(reason) {
  console.log(`\n${reason}`);
  console.log('Starting the browser edition instead: the same app, with your maps kept in the browser.\n');
  const { preview } = await import('vite');
  const server = await preview({
    configFile: join(root, 'renderer', 'vite.config.ts'),
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false },
  });
  const address = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(`  Good Help Map is running at ${address}`);
  console.log('  Open that address in Chrome, Edge or Firefox. Press Ctrl+C here to stop.\n');
}

buildIfStale();
if (forceBrowser) {
  await serveBrowserEdition('Browser edition requested.');
} else {
  const binary = electronBinary();
  if (!binary) {
    await serveBrowserEdition(
      'The desktop app could not start: the Electron program is not installed and could not be downloaded ' +
        '(this computer may not be allowed to reach GitHub).',
    );
  } else {
    const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
