// Team server figures for `npm run bench` (not timed tests): an edit seen in another client, a
// 5,000-node map's first load from the server, and a bounded load run — 30 clients on one map,
// one edit a second each — all on 127.0.0.1, with plain Hocuspocus (no keys, no storage) as the
// peer in the same run. GHM_BENCH_QUICK=1 shortens the load run from 60 s to 10 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import * as Y from 'yjs';
import { createSharedMapResponseSchema } from '../shared/sync/teamServerLimits';
import { buildTeamServer, startRedis, startServerProcess } from '../test/server/processHarness';
import { connectClient, waitFor, type TestClient } from '../test/server/teamServerHarness';
import { benchMapDocument, percentile, processUsage, startPlainHocuspocus } from './teamServerClients';

const QUICK = process.env.GHM_BENCH_QUICK === '1';
const ms = (n: number) => `${n.toFixed(1)} ms`;

interface Target {
  label: string;
  url: string;
  pid: number;
  /** A fresh map and its edit key (any name and token for the peer). */
  newMap(name: string): Promise<{ mapId: string; key: string }>;
}

/** Sequential edits from A, each timed until B has it; B may be on another process (`otherUrl`). */
async function propagation(target: Target, edits: number, otherUrl = target.url): Promise<number[]> {
  const { mapId, key } = await target.newMap('Propagation');
  const a = connectClient(target.url, mapId, key);
  const b = connectClient(otherUrl, mapId, key);
  await Promise.all([a.synced, b.synced]);
  const seen = b.doc.getMap<number>('marks');
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    const started = performance.now();
    a.doc.getMap<number>('marks').set(`m${i}`, started);
    await waitFor('the edit in B', () => seen.has(`m${i}`), 10_000);
    latencies.push(performance.now() - started);
  }
  a.close();
  b.close();
  return latencies;
}

/**
 * With `restart`, the uploader leaves and the server restarts, so the first load reads the map
 * from SQLite; without (the peer, which stores nothing), the uploader stays and keeps it open.
 */
async function firstLoad(target: Target, doc: Y.Doc, restart?: () => Promise<Target>) {
  const { mapId, key } = await target.newMap('Five thousand nodes');
  const uploader = connectClient(target.url, mapId, key, doc);
  const uploadStarted = performance.now();
  await uploader.synced;
  await waitFor('the upload', () => uploader.provider.unsyncedChanges === 0, 60_000);
  const uploadMs = performance.now() - uploadStarted;
  if (restart) uploader.close();
  const from = restart ? await restart() : target;
  const load = async () => {
    const started = performance.now();
    const client = connectClient(from.url, mapId, key);
    await client.synced;
    const loadedMs = performance.now() - started;
    const nodes = client.doc.getMap('nodes').size;
    return { client, loadedMs, nodes };
  };
  const cold = await load();
  const warm = await load();
  cold.client.close();
  warm.client.close();
  uploader.close();
  return { uploadMs, bytes: Y.encodeStateAsUpdate(doc).length, coldMs: cold.loadedMs, warmMs: warm.loadedMs, nodes: cold.nodes };
}

/** 30 clients on one map, each changing a node once a second; every client checks every edit. */
async function loadRun(target: Target, clientCount: number, seconds: number) {
  const { mapId, key } = await target.newMap('Load run');
  const seed = connectClient(target.url, mapId, key, benchMapDocument(500, 1500));
  await seed.synced;
  await waitFor('the seed map', () => seed.provider.unsyncedChanges === 0, 30_000);
  seed.close();
  const clients: TestClient[] = [];
  for (let i = 0; i < clientCount; i++) clients.push(connectClient(target.url, mapId, key));
  await Promise.all(clients.map((c) => c.synced));
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  for (const [index, client] of clients.entries()) {
    client.doc.getMap<number>('marks').observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const mark of event.keysChanged) {
        const at = sent.get(mark);
        if (at !== undefined && !mark.startsWith(`c${index}:`)) latencies.push(now - at);
      }
    });
  }
  const before = processUsage(target.pid);
  let peakRssMb = before.rssMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, processUsage(target.pid).rssMb)), 500);
  const started = performance.now();
  const timers = clients.map((client, index) =>
    setTimeout(() => {
      let seq = 0;
      const edit = () => {
        if (performance.now() - started > seconds * 1000) return clearInterval(timer);
        const mark = `c${index}:${seq++}`;
        const node = client.doc.getMap<Y.Map<unknown>>('nodes').get(`n${(index * 17 + seq) % 500}`);
        client.doc.transact(() => {
          node?.set('notes', `Edited by client ${index}, edit ${seq}`);
          sent.set(mark, performance.now());
          client.doc.getMap<number>('marks').set(mark, Date.now());
        });
      };
      const timer = setInterval(edit, 1000);
      edit();
    }, (index * 1000) / clientCount),
  );
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 1100));
  timers.forEach(clearTimeout);
  const expected = sent.size;
  await waitFor('every edit in every client', () => clients.every((c) => c.doc.getMap('marks').size === expected), 30_000).catch(() => null);
  clearInterval(sampler);
  const after = processUsage(target.pid);
  const elapsed = (performance.now() - started) / 1000;
  const missing = clients.reduce((sum, c) => sum + (expected - c.doc.getMap('marks').size), 0);
  clients.forEach((c) => c.close());
  return {
    edits: expected,
    deliveries: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: percentile(latencies, 100),
    cpuPercent: (100 * (after.cpuSeconds - before.cpuSeconds)) / elapsed,
    peakRssMb,
    missing,
    mapId,
    key,
  };
}

it('team server: propagation, first load of a 5,000-node map, 30 clients for a minute', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ghm-bench-team-'));
  const bundle = await buildTeamServer(join(work, 'dist'));
  const data = join(work, 'data');
  let server = await startServerProcess(bundle, data, {});
  const adminKey = server.adminKey!;
  const ours = (s: typeof server, admin = adminKey): Target => ({
    label: 'team server',
    url: s.url,
    pid: s.child.pid!,
    newMap: async (name) => {
      const response = await fetch(`${s.url.replace('ws://', 'http://')}/api/maps`, { method: 'POST', headers: { Authorization: `Bearer ${admin}` }, body: JSON.stringify({ name }) });
      const made = createSharedMapResponseSchema.parse(await response.json());
      return { mapId: made.mapId, key: made.editKey };
    },
  });
  const plain = await startPlainHocuspocus();
  let counter = 0;
  const peer: Target = { label: 'plain Hocuspocus', url: plain.url, pid: plain.pid, newMap: async () => ({ mapId: `peer-map-${++counter}-xxxxxxxxxxxx`, key: 'none' }) };
  try {
    console.log('Team server (Node 22, 127.0.0.1, clients in one Node process; machine shared and loaded)');
    const oursEdits = await propagation(ours(server), 300);
    const peerEdits = await propagation(peer, 300);
    console.log(
      `  an edit seen in another client (300 edits, one at a time): p50 ${ms(percentile(oursEdits, 50))}, p95 ${ms(percentile(oursEdits, 95))} ` +
        `(plain Hocuspocus p50 ${ms(percentile(peerEdits, 50))}, p95 ${ms(percentile(peerEdits, 95))}; ratio ${(percentile(oursEdits, 95) / percentile(peerEdits, 95)).toFixed(2)}×) — target p95 ≤ 200 ms`,
    );

    // Two processes sharing maps through Redis: A on one, B on the other.
    const redis = await startRedis();
    try {
      const first = await startServerProcess(bundle, join(work, 'redis-data'), { REDIS_URL: redis.url });
      const second = await startServerProcess(bundle, join(work, 'redis-data'), { REDIS_URL: redis.url });
      const viaRedis = ours(first, first.adminKey!);
      const redisEdits = await propagation(viaRedis, 300, second.url);
      console.log(`  the same between two server processes through Redis: p50 ${ms(percentile(redisEdits, 50))}, p95 ${ms(percentile(redisEdits, 95))}`);
      await Promise.all([first.stop(), second.stop()]);
    } finally {
      await redis.stop();
    }

    const big = () => benchMapDocument(5000, 15000);
    const oursLoad = await firstLoad(ours(server), big(), async () => {
      await server.stop();
      server = await startServerProcess(bundle, data, {});
      return ours(server);
    });
    const peerLoad = await firstLoad(peer, big());
    console.log(
      `  5,000 nodes / 15,000 links (${(oursLoad.bytes / 1e6).toFixed(1)} MB as one update): uploaded in ${ms(oursLoad.uploadMs)}; ` +
        `first load from a restarted server (read from SQLite) ${ms(oursLoad.coldMs)}, from a server that has it open ${ms(oursLoad.warmMs)} ` +
        `(plain Hocuspocus, open: first ${ms(peerLoad.coldMs)}, second ${ms(peerLoad.warmMs)}; ratio ${(oursLoad.warmMs / peerLoad.warmMs).toFixed(2)}×, upload ${ms(peerLoad.uploadMs)}); ` +
        `${oursLoad.nodes} and ${peerLoad.nodes} nodes arrived — target ≤ 2 s`,
    );

    const seconds = QUICK ? 10 : 60;
    const run = await loadRun(ours(server), 30, seconds);
    console.log(
      `  load run, 30 clients × 1 edit/s for ${seconds} s on a 500-node map: ${run.edits} edits, ${run.deliveries} deliveries; propagation p50 ${ms(run.p50)}, p95 ${ms(run.p95)}, max ${ms(run.max)}; ` +
        `server CPU ${run.cpuPercent.toFixed(0)}% of one core, peak memory ${run.peakRssMb.toFixed(0)} MB; edits missing in some client: ${run.missing}`,
    );
    // Nothing lost on disk either: after a restart a newcomer has every edit.
    await server.stop();
    server = await startServerProcess(bundle, data, {});
    const newcomer = connectClient(server.url, run.mapId, run.key);
    await newcomer.synced;
    console.log(`  after a restart, a newcomer has ${newcomer.doc.getMap('marks').size} of ${run.edits} edits`);
    newcomer.close();
    if (!QUICK) {
      const peerRun = await loadRun(peer, 30, seconds);
      console.log(`  the same load run on plain Hocuspocus: p95 ${ms(peerRun.p95)}, CPU ${peerRun.cpuPercent.toFixed(0)}%, peak memory ${peerRun.peakRssMb.toFixed(0)} MB (ratio p95 ${(run.p95 / peerRun.p95).toFixed(2)}×)`);
    }
  } finally {
    await Promise.all([server.stop(), plain.stop()]);
    rmSync(work, { recursive: true, force: true });
  }
}, 600_000);
