// What the team-server bench measures with: server processes whose CPU and memory can be read
// from /proc, a map the size of a real borough's as a Yjs document, and percentiles.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { documentFromSnapshot } from '../shared/editing';
import { mapSnapshotSchema, type MapSnapshot } from '../shared/model';
import { LOCAL_UNTRACKED, writeDocument } from '../shared/sync';
import { generateSnapshot } from './generateMap.mjs';

export interface ProcessUsage {
  cpuSeconds: number;
  rssMb: number;
}

/** CPU time (user + system) and resident memory of a process, from Linux's /proc. */
export function processUsage(pid: number): ProcessUsage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssMb: rssKb / 1024 };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function startPlainHocuspocus(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL('./plainHocuspocus.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening at (ws:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url && /^Ready\.$/m.test(output)) {
        resolve({
          url,
          pid: child.pid!,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`plain Hocuspocus exited with ${code}`)));
  });
}

/** The generated bench map written as the app writes a map (shared/sync's document layout). */
export function benchMapDocument(nodes: number, links: number): Y.Doc {
  const snapshot = mapSnapshotSchema.parse(generateSnapshot({ nodes, links, seed: 3 })) as MapSnapshot;
  const doc = new Y.Doc();
  writeDocument(doc, documentFromSnapshot(snapshot), LOCAL_UNTRACKED, { by: 'Bench', at: '2026-12-01T10:00:00.000Z' });
  return doc;
}
