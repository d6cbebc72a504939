import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The main process (default mode) and the preload (`--mode preload`), each bundled to one
 * self-contained CommonJS file: a sandboxed preload cannot load other files, so the two are
 * built separately and share no chunks. Bundling keeps node_modules out of the packaged app.
 */
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    build: {
      outDir: fileURLToPath(new URL('../dist-electron', import.meta.url)),
      emptyOutDir: entry === 'main',
      target: 'node20',
      minify: false,
      ssr: true,
      lib: {
        entry: fileURLToPath(new URL(`./${entry}.ts`, import.meta.url)),
        formats: ['cjs'],
        fileName: () => `${entry}.cjs`,
      },
      rollupOptions: { external },
    },
    ssr: { noExternal: true },
  };
});
