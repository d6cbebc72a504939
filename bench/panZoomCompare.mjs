// The app and the naive React Flow peer, in one run, same map and gestures: the table issue 13
// asks for (frames a second, p50/p95 frame, tasks over 50 ms) with the ratio of frame rates;
// then how many frames a second showed the map moved, and the CPU a frame took.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { generateSnapshot } from './generateMap.mjs';
import { benchPanZoom } from './panZoomBench.mjs';

const naiveConfig = fileURLToPath(new URL('./naive/vite.config.ts', import.meta.url));

/** Builds and serves the naive peer; call the returned close() when done. */
export async function serveNaiveApp() {
  await build({ configFile: naiveConfig, logLevel: 'warn' });
  const server = await preview({ configFile: naiveConfig, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  return { url: server.resolvedUrls.local[0], close: () => server.close() };
}

const ms = (n) => `${n.toFixed(1)} ms`;
const row = (label, s) =>
  `    ${label.padEnd(34)} ${s.fps.toFixed(1).padStart(6)} fps   p50 ${ms(s.medianMs).padStart(9)}   p95 ${ms(s.p95Ms).padStart(9)}   long tasks ${String(s.longTasks).padStart(3)} (longest ${ms(s.longestTaskMs)})` +
  `\n    ${''.padEnd(34)} ${s.movedFps.toFixed(1).padStart(6)} showing it moved   CPU a frame ${ms(s.cpuPerFrameMs).padStart(9)} (all processes), ${ms(s.mainPerFrameMs).padStart(9)} on the page's thread`;

export async function comparePanZoom(appUrl, naiveUrl, sizes, flavours = ['app', 'naive'], { cpuSlowdown = 1 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'ghm-bench-'));
  try {
    await compareIn(folder, appUrl, naiveUrl, sizes, flavours, cpuSlowdown);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function compareIn(folder, appUrl, naiveUrl, sizes, flavours, cpuSlowdown) {
  for (const size of sizes) {
    const snapshot = generateSnapshot({ ...size, seed: 7 });
    // From disk, as a file chooser gives it: a file handed over in memory is copied into the page
    // by Playwright first, which cost about 250 ms of the first draw at 5,000 nodes.
    const file = join(folder, `borough-${size.nodes}.ghmap`);
    writeFileSync(file, JSON.stringify(snapshot));
    const slower = cpuSlowdown > 1 ? `; CPU throttled ${cpuSlowdown}×, a laptop ${cpuSlowdown}× slower than this machine` : '';
    console.log(`\n  ${size.nodes} nodes, ${size.links} links (1440×900; pan 60 mouse moves + 16 wheel steps per view${slower})`);
    const results = {};
    for (const flavour of flavours) {
      const r = await benchPanZoom(flavour === 'app' ? appUrl : naiveUrl, flavour, file, { cpuSlowdown });
      results[flavour] = r;
      console.log(`   ${flavour === 'app' ? 'Good Help Map' : 'naive React Flow'}: first draw ${r.firstDrawMs} ms after choosing the file (longest task ${ms(r.openLongestMs)}); fitted zoom ${r.fittedZoom.toFixed(3)}, working zoom ${r.workingZoom.toFixed(2)}; nodes in the DOM fitted ${r.fittedDom}, working ${r.workingDom}`);
      console.log(row('fitted view', r.fitted));
      console.log(row(`working zoom (~${r.workingZoom.toFixed(2)})`, r.working));
      console.log(row('across the switch (wheel out/in)', r.across));
      console.log(row('the switch, resting at each end', r.resting));
    }
    if (results.app && results.naive) {
      const ratio = (k) => (results.app[k].fps / results.naive[k].fps).toFixed(1);
      console.log(`   app ÷ naive frame rate: fitted ${ratio('fitted')}×, working ${ratio('working')}×, across the switch ${ratio('across')}×`);
      // Frames drawn per CPU second: what the display's 60 Hz cap hides from the frame rate.
      const cost = (k, f) => (results.naive[k][f] / results.app[k][f]).toFixed(1);
      console.log(`   frames per CPU second, app ÷ naive: fitted ${cost('fitted', 'cpuPerFrameMs')}×, working ${cost('working', 'cpuPerFrameMs')}×, across ${cost('across', 'cpuPerFrameMs')}×; per second of the page's thread: ${cost('fitted', 'mainPerFrameMs')}×, ${cost('working', 'mainPerFrameMs')}×, ${cost('across', 'mainPerFrameMs')}×`);
    }
  }
}
