// Takes the README's screenshots from the built renderer: `npm run build:renderer` first.
// `node scripts/screenshots.mjs`
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const out = fileURLToPath(new URL('../docs/', import.meta.url));
mkdirSync(out, { recursive: true });
const server = await preview({
  configFile: fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url)),
  preview: { host: '127.0.0.1', port: 0 },
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1600, height: 960 }, locale: 'en-GB' })).newPage();
  await page.goto(server.resolvedUrls.local[0]);
  await page.getByRole('button', { name: 'Open the demo map' }).waitFor();
  await page.screenshot({ path: `${out}start-screen.png` });
  await page.getByRole('button', { name: 'Open the demo map' }).click();
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Fit map' }).click();
  await page.mouse.move(800, 600);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}demo-map.png` });
  // The gap analysis beside the map, with one finding brought forward.
  await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Gap analysis' });
  await panel.getByRole('heading', { name: 'Strengths' }).waitFor();
  await panel.getByRole('button', { name: /^Kingsway Baptist Hall is one step away/ }).click();
  await page.mouse.move(800, 600);
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${out}gap-analysis.png` });
  // Workshop mode on the whole map, as the room sees it: the names there is room for, the rest as markers.
  await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 400 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('w');
  await page.locator(':root[data-theme="workshop"]').waitFor();
  await page.mouse.move(1590, 500);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${out}workshop-mode.png` });
  console.log(`Screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
