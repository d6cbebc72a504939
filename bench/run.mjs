// `npm run bench`: prints performance figures. Not a pass/fail test — a slow machine prints
// slower numbers — but the figures to watch as the app grows.
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { benchCanvas } from './canvasBench.mjs';

const server = await preview({
  configFile: fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url)),
  preview: { host: '127.0.0.1', port: 0 },
  logLevel: 'warn',
});
const appUrl = server.resolvedUrls.local[0];
const ms = (n) => `${n.toFixed(1)} ms`;

try {
  console.log('Canvas (Chromium, 1440×900, 2 cores)');
  for (const size of [
    { nodes: 500, links: 1250 },
    { nodes: 2000, links: 5000 },
  ]) {
    const r = await benchCanvas(appUrl, size);
    console.log(`\n  ${r.nodes} nodes, ${r.links} links`);
    console.log(`    open: validate and store ${r.storeMs} ms; first draw done at ${r.openMs} ms`);
    console.log(`    nodes in the DOM, working zoom: ${r.renderedNodes}; zoomed out: ${r.renderedZoomedOut}`);
    console.log(`    drag one node (${r.drag.frames} frames): median ${ms(r.drag.medianMs)}, p95 ${ms(r.drag.p95Ms)}, long tasks ${r.drag.longTasks} (longest ${ms(r.drag.longestTaskMs)})`);
    console.log(`    pan the whole map (${r.pan.frames} frames): median ${ms(r.pan.medianMs)}, p95 ${ms(r.pan.p95Ms)}, long tasks ${r.pan.longTasks} (longest ${ms(r.pan.longestTaskMs)})`);
  }
} finally {
  await server.close();
}
