import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { chooseLens, legendColours, nodeColours, openDemo } from './lensHelpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PROJECT = 'project: Ageing Well in Northgate';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious or critical axe-core (WCAG A/AA) problems inside one part of the page. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (within) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document.querySelector(within));
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

describe('Good Help', () => {
  it('records a reflection from the details panel, keeps its history, and the lens colour follows', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    await chooseLens(page, { colour: 'goodHelp.powerSharing' });
    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toContain('3. Often true');
    const before = await legendColours(page);
    const colourOf = (entries: typeof before, label: string) => entries.find((e) => e.label === label)?.colour;
    expect((await nodeColours(page)).get(PROJECT)).toBe(colourOf(before, '3. Often true'));

    await page.locator(`.react-flow__node[aria-label="${PROJECT}"]`).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Reflect again' }).click();
    const form = page.getByRole('dialog', { name: /Reflect on Good Help/ });
    // The form starts from the current levels, so only what has moved needs a click.
    await expect.poll(() => form.getByRole('radio', { name: 'Power sharing: Often true' }).isChecked()).toBe(true);
    await form.getByRole('radio', { name: 'Power sharing: Just starting' }).check();
    await form.getByRole('radio', { name: 'Transparency: Growing' }).check();
    await form.getByRole('button', { name: 'Add a note on transparency' }).click();
    await form.getByRole('textbox', { name: 'Note on transparency' }).fill('Residents now see their own notes.');
    await form.getByRole('textbox', { name: 'Who reflected' }).fill('Project lead');
    await form.getByRole('textbox', { name: 'Date' }).fill('2026-03-04');
    await form.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => form.count()).toBe(0);

    await expect.poll(async () => (await legendColours(page)).map((e) => e.label)).toContain('1. Just starting');
    const after = await legendColours(page);
    await expect.poll(async () => (await nodeColours(page)).get(PROJECT)).toBe(colourOf(after, '1. Just starting'));
    expect(colourOf(after, '1. Just starting')).not.toBe(colourOf(before, '3. Often true'));
    await expect.poll(() => details.getByText('One reflection, in March 2026', { exact: false }).first().isVisible()).toBe(true);

    // A second reflection adds to the history; the first is still there.
    await details.getByRole('button', { name: 'Reflect again' }).click();
    await form.getByRole('radio', { name: 'Power sharing: Growing' }).check();
    await form.getByRole('textbox', { name: 'Date' }).fill('2026-06-10');
    await form.getByRole('button', { name: 'Save reflection' }).click();
    await details.getByText('2 reflections since March 2026 — see how it has changed').click();
    const history = details.getByRole('list').filter({ has: page.getByText('10 June 2026') });
    await expect.poll(() => history.getByRole('listitem').filter({ hasText: /^(10 June|4 March)/ }).count()).toBe(2);
    await expect.poll(() => details.getByText('4 March 2026').isVisible()).toBe(true);
    await expect.poll(() => details.getByText('Power sharing: Growing (grew)').isVisible()).toBe(true);
    await expect.poll(() => details.getByText('“Residents now see their own notes.”', { exact: false }).isVisible()).toBe(true);

    // Both reflections are one undo step each.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await nodeColours(page)).get(PROJECT)).toBe(colourOf(before, '3. Often true'));
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('works out the net promoter score, suggests a category the user can take or leave, and counts milestones from the map', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    await page.locator(`.react-flow__node[aria-label="${PROJECT}"]`).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('textbox', { name: 'Promoters' }).fill('6');
    await details.getByRole('textbox', { name: 'Passives' }).fill('2');
    await details.getByRole('textbox', { name: 'Detractors' }).fill('2');
    await details.getByRole('textbox', { name: 'Detractors' }).press('Tab');
    await expect.poll(() => details.getByText('Net promoter score: +40 from 10 people').isVisible()).toBe(true);
    await details.getByRole('textbox', { name: 'Fidelity (0–100)' }).fill('50');
    await details.getByRole('textbox', { name: 'Fidelity (0–100)' }).press('Tab');
    await expect.poll(() => details.getByText('Suggested: Tweak').isVisible()).toBe(true);
    await details.getByRole('button', { name: 'Use suggestion' }).click();
    await expect.poll(() => details.getByRole('combobox', { name: 'Evaluation category' }).inputValue()).toBe('tweak');
    // The team can always choose otherwise.
    await details.getByRole('combobox', { name: 'Evaluation category' }).selectOption('showcase');
    await expect.poll(() => details.getByRole('button', { name: 'Use suggestion' }).isVisible()).toBe(true);
    await details.getByRole('checkbox', { name: 'Coaching' }).check();

    await page.getByRole('button', { name: 'Good Help' }).click();
    await page.getByRole('menuitem', { name: 'Milestones…' }).click();
    const milestones = page.getByRole('dialog', { name: 'Good Help milestones' });
    await expect.poll(() => milestones.getByText('8 of 30 projects so far: 22 to go.').isVisible()).toBe(true);
    await expect.poll(() => milestones.getByText('7 of 100 advocates so far: 93 to go.').isVisible()).toBe(true);
    await milestones.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Add project' }).click();
    await page.getByRole('button', { name: 'Good Help' }).click();
    await page.getByRole('menuitem', { name: 'Milestones…' }).click();
    await expect.poll(() => milestones.getByText('9 of 30 projects so far: 21 to go.').isVisible()).toBe(true);
    // Event attendance is mostly off the map, so it is entered by hand, with a date.
    const professionals = milestones.getByRole('region', { name: 'Professionals who have come to an event' });
    await professionals.getByText('Figures (0)').click();
    await professionals.getByRole('textbox', { name: 'Date' }).fill('2026-05-01');
    await professionals.getByRole('textbox', { name: 'Figure' }).fill('212');
    await professionals.getByRole('button', { name: 'Add figure' }).click();
    await expect.poll(() => professionals.getByText('212 of 400 professionals so far: 188 to go.').isVisible()).toBe(true);
    await expect.poll(() => professionals.getByRole('img', { name: /212 on 1 May 2026, against a target of 400/ }).isVisible()).toBe(true);
    await milestones.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Good Help' }).click();
    await page.getByRole('menuitem', { name: 'Strengths…' }).click();
    const strengths = page.getByRole('dialog', { name: 'Good Help strengths' });
    await expect.poll(() => strengths.getByText(/^Where we are rich:/).isVisible()).toBe(true);
    await expect.poll(() => strengths.getByRole('heading', { name: 'Northgate', exact: true }).isVisible()).toBe(true);
    // Organisations in name order, each with what it brings; choosing one shows it on the map.
    await strengths.getByRole('button', { name: 'Millbrook CVS' }).click();
    await expect.poll(() => strengths.count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Millbrook CVS');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility problems in the reflection form, the evaluation, milestones or strengths', async () => {
    // axe-core is injected as a script, which the app's Content-Security-Policy rightly refuses.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await openDemo(page);
    await page.locator(`.react-flow__node[aria-label="${PROJECT}"]`).click();
    expect(await axeProblems(page, '.details-panel'), 'details with the evaluation and reflection').toEqual([]);
    await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Reflect again' }).click();
    expect(await axeProblems(page, 'dialog[open]'), 'reflection form').toEqual([]);
    await page.keyboard.press('Escape');
    for (const item of ['Milestones…', 'Strengths…']) {
      await page.getByRole('button', { name: 'Good Help' }).click();
      await page.getByRole('menuitem', { name: item }).click();
      await page.locator('dialog[open]').waitFor();
      expect(await axeProblems(page, 'dialog[open]'), item).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await context.close();
  });
});
