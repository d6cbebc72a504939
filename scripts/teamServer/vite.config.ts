import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:sqlite'];

/**
 * The team server bundled into one ES module, dist-server/teamServer.mjs, that needs nothing
 * but Node 22: the Docker image copies that one file (docs/team-server/Dockerfile).
 */
export default defineConfig({
  build: {
    outDir: process.env.GHM_SERVER_OUT_DIR ?? fileURLToPath(new URL('../../dist-server', import.meta.url)),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    ssr: true,
    lib: {
      entry: fileURLToPath(new URL('./main.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'teamServer.mjs',
    },
    rollupOptions: { external, output: { entryFileNames: 'teamServer.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
