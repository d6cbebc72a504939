import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

/** Serves the built renderer once for all browser tests; its address goes to the tests. */
export async function setup(project: TestProject): Promise<void> {
  const dist = fileURLToPath(new URL('../../dist/index.html', import.meta.url));
  if (!existsSync(dist)) throw new Error('The renderer is not built. Run `npm run build:renderer` first.');
  server = await preview({
    configFile: fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url)),
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('appUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
