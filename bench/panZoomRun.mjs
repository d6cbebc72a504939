// `node bench/panZoomRun.mjs [nodes ...] [--app-only] [--slowdown=N]`: only the pan/zoom comparison (needs `npm run build:renderer`).
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { comparePanZoom, serveNaiveApp } from './panZoomCompare.mjs';

const server = await preview({ configFile: fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url)), preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const naive = await serveNaiveApp();
const counts = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const flavours = process.argv.includes('--app-only') ? ['app'] : ['app', 'naive'];
const cpuSlowdown = Number(process.argv.find((a) => a.startsWith('--slowdown='))?.slice('--slowdown='.length) ?? 1);
try {
  await comparePanZoom(server.resolvedUrls.local[0], naive.url, (counts.length ? counts : [5000, 10000]).map((n) => ({ nodes: n, links: 3 * n })), flavours, { cpuSlowdown });
} finally {
  await naive.close();
  await server.close();
}
