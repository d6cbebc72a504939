// Real processes for the scale tests: Debian's redis-server and the built team server, each on
// 127.0.0.1 and a free port, stopped by the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const REDIS_SERVER = '/usr/bin/redis-server';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

function runUntil(command: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<RunningProcess & { match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({
          child,
          match,
          output: () => output,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

export async function startRedis(): Promise<RunningProcess & { url: string }> {
  const port = await freePort();
  const redis = await runUntil(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], /Ready to accept connections/);
  return { ...redis, url: `redis://127.0.0.1:${port}` };
}

/** Builds the server bundle into `outDir` (as `npm run server` does) and returns its path. */
export async function buildTeamServer(outDir: string): Promise<string> {
  await build({
    configFile: fileURLToPath(new URL('../../scripts/teamServer/vite.config.ts', import.meta.url)),
    build: { outDir },
    logLevel: 'warn',
  });
  return join(outDir, 'teamServer.mjs');
}

export async function startServerProcess(bundle: string, dataFolder: string, env: NodeJS.ProcessEnv): Promise<RunningProcess & { url: string; adminKey: string | null }> {
  const running = await runUntil(process.execPath, [bundle, '--port', '0', '--data', dataFolder], /^Ready\.$/m, { ...process.env, ...env });
  const url = running.output().match(/listening at (ws:\/\/127\.0\.0\.1:\d+)/)![1]!;
  const adminKey = running.output().match(/ghm_admin_[A-Za-z0-9_-]{43}/)?.[0] ?? null;
  return { ...running, url, adminKey };
}
