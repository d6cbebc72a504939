import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, namesPlaced, openApp } from './browserHarness';
import { openDemo } from './lensHelpers';

// Evaluated rather than added as a <script>: the app's Content-Security-Policy rightly refuses inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A and AA rules and best practice) on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`).join('\n')}`);
}

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical problems on the start screen, in the editor, in workshop mode or in the audience window', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Open the demo map' }).waitFor();
    // The scan can fail: a button with no name is caught.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'nameless' })));
    expect((await seriousViolations(page)).join('\n')).toContain('button-name');
    await page.evaluate(() => document.getElementById('nameless')!.remove());
    expect(await seriousViolations(page), 'start screen').toEqual([]);

    await openDemo(page);
    expect(await seriousViolations(page), 'editor with the demo map').toEqual([]);

    await page.locator('.react-flow__pane').click({ position: { x: 8, y: 400 } });
    await page.keyboard.press('w');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('workshop');
    await namesPlaced(page);
    expect(await seriousViolations(page), 'workshop mode').toEqual([]);
    await page.keyboard.press('k');
    await page.getByRole('textbox', { name: 'Point to come back to' }).fill('Transport to the hubs');
    await page.keyboard.press('Enter');
    await page.locator('.react-flow__pane').click({ position: { x: 8, y: 700 } });
    await page.keyboard.press('m');
    await page.getByRole('textbox', { name: 'Agenda item' }).waitFor();
    expect(await seriousViolations(page), 'workshop mode with the parking lot and agenda open').toEqual([]);

    const audience = await context.newPage();
    await audience.goto(`${inject('appUrl')}?audience=1`);
    await audience.locator('.react-flow__node').first().waitFor();
    expect(await seriousViolations(audience), 'audience window').toEqual([]);
    await context.close();
  });
});
