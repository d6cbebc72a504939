import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LAPTOP = { width: 1366, height: 768 };
const RICH_FROM_SPACES = /rich in[^.]*(safe spaces|evening or weekend cover|warm handovers)/i;

async function openDemoWithAnalysis(page: Page) {
  await page.getByRole('button', { name: 'Open the demo map' }).click();
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Gap analysis' });
  await panel.getByRole('list', { name: 'At a glance' }).waitFor();
  return panel;
}

/**
 * The names a person can read on screen for these nodes: each one's own name drawn at 11 px
 * or more on screen, or a name tag for it, either way not cut short.
 */
function readableNames(page: Page, ids: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate((wanted) => {
    const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1]);
    const out: Record<string, string> = {};
    for (const id of wanted) {
      const tag = document.querySelector<HTMLElement>(`.finding-names__label[data-node-id="${id}"]`);
      if (tag && parseFloat(getComputedStyle(tag).fontSize) >= 11 && tag.scrollWidth <= tag.clientWidth + 1) {
        out[id] = tag.textContent ?? '';
        continue;
      }
      const own = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"] .map-node__name`);
      // Its box is in map units: a line left out shows as a line's height, a descender's overflow as a fraction of a pixel on screen.
      if (own && parseFloat(getComputedStyle(own).fontSize) * zoom >= 11 && (own.scrollHeight - own.clientHeight) * zoom <= 1) out[id] = own.textContent ?? '';
    }
    return out;
  }, ids);
}

describe('findings that name their nodes and tell the truth', () => {
  it('shows the names of a chosen finding’s nodes, on a laptop screen with the side panels open', async () => {
    const { context, page } = await openApp(browser, LAPTOP);
    const panel = await openDemoWithAnalysis(page);
    for (const name of [/^Millbrook Citizens Advice, .* join up more/, /^Riverside Allotment Group/, /relies on one safe disclosure space/]) {
      await panel.getByRole('button', { name }).first().click();
      await page.getByRole('status').filter({ hasText: 'Showing:' }).waitFor();
      const ids = await page.evaluate(() => [...document.querySelectorAll('.react-flow__node')].filter((n) => !n.querySelector('.is-faded')).map((n) => n.getAttribute('data-id')!));
      expect(ids.length).toBeGreaterThan(0);
      const expected = await page.evaluate(
        (wanted) => Object.fromEntries(wanted.map((id) => [id, document.querySelector(`.react-flow__node[data-id="${id}"]`)!.getAttribute('aria-label')!.replace(/^[a-z]+: /, '')])),
        ids,
      );
      await expect.poll(() => readableNames(page, ids)).toEqual(expected);
      await page.getByRole('button', { name: 'Show everything' }).click();
    }
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('never calls an area rich in safe spaces where a finding says it relies on one, and its summary counts match its sections', async () => {
    const { context, page } = await openApp(browser, LAPTOP);
    const panel = await openDemoWithAnalysis(page);
    const findings = await panel.locator('.finding__button').allTextContents();
    const fragile = findings.filter((t) => /relies on one safe disclosure space/.test(t)).map((t) => /^(\w[\w ]*?)\s*(,|\(| relies)/.exec(t)![1]!);
    expect(fragile).toEqual(expect.arrayContaining(['Kingsway', 'Old Town']));
    for (const area of fragile) {
      for (const t of findings.filter((f) => f.startsWith(`${area} is rich`) || f.startsWith(`${area} has`))) expect(t).not.toMatch(RICH_FROM_SPACES);
    }
    // "N nearly safe" at a glance is the count on the section it sums up.
    const glance = await panel.getByRole('list', { name: 'At a glance' }).textContent();
    const nearly = /(\d+)\s*nearly safe/.exec(glance ?? '')![1];
    const section = await panel.getByRole('heading', { name: /^Nearly safe/ }).textContent();
    expect(section).toContain(`(${nearly})`);

    // The Good Help Strengths dialog says the same.
    await page.getByRole('button', { name: 'Good Help', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Strengths…' }).click();
    const strengths = page.getByRole('dialog', { name: 'Good Help strengths' });
    await strengths.getByRole('heading', { name: 'Kingsway', exact: true }).waitFor();
    expect(await strengths.textContent()).not.toMatch(/Kingsway[^]*?Rich in[^.]*safe spaces \(Kingsway Youth Hub\)/);
    for (const line of await strengths.locator('li, p').allTextContents()) {
      if (/Kingsway Youth Hub|Old Town Women's Centre/.test(line) && /^Rich in/.test(line)) expect(line).not.toMatch(/safe spaces \(/);
    }
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
