import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('dot voting', () => {
  it('sets up tables, votes on two nodes from the keyboard and shows the tally, hidden until revealed', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Voting');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('button', { name: 'Add space' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Library');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Food bank');
    const library = page.getByRole('group', { name: 'space: Library' });
    const foodBank = page.getByRole('group', { name: 'organisation: Food bank' });
    await expect.poll(() => foodBank.count()).toBe(1);

    await page.getByRole('button', { name: 'Session', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Dot voting…' }).click();
    const panel = page.getByRole('region', { name: 'Dot voting' });
    await panel.getByRole('spinbutton', { name: 'Or number the tables:' }).fill('2');
    await panel.getByRole('button', { name: 'Use tables' }).click();
    await panel.getByRole('spinbutton', { name: 'Dots each' }).fill('2');
    await panel.getByRole('button', { name: 'Start voting' }).click();
    await expect.poll(() => panel.textContent()).toContain('2 participants, 2 dots each.');

    // V on a selected node asks whose dot it is; a number key answers.
    await library.click();
    await page.keyboard.press('v');
    const picker = page.getByRole('dialog', { name: 'Whose dot on Library?' });
    await expect.poll(() => picker.count()).toBe(1);
    await page.keyboard.press('1');
    await expect.poll(() => picker.count()).toBe(0);
    await library.click();
    await page.keyboard.press('v');
    await picker.getByRole('button', { name: /Table 2/ }).click();
    await foodBank.click();
    await page.keyboard.press('v');
    await page.getByRole('dialog', { name: 'Whose dot on Food bank?' }).getByRole('button', { name: /Table 1/ }).click();

    const tally = panel.getByRole('list', { name: 'Tally, most dots first' });
    await expect.poll(() => tally.getByRole('listitem').count()).toBe(2);
    const rows = await tally.locator('> li').allTextContents();
    expect(rows[0]).toMatch(/^1Library.*Table 1.*Table 2.*2$/);
    expect(rows[1]).toMatch(/^2Food bank.*Table 1.*1$/);
    expect(await library.locator('.vote-badge').textContent()).toContain('2');

    // Table 1 has used both dots: a third is refused with a plain message.
    await foodBank.click();
    await page.keyboard.press('v');
    await expect.poll(() => page.getByRole('dialog', { name: 'Whose dot on Food bank?' }).getByRole('button', { name: /Table 1/ }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');

    // Hidden until revealed: no tally, no badges; then revealed again.
    await panel.getByRole('button', { name: 'Hide tally until reveal' }).click();
    await expect.poll(() => tally.count()).toBe(0);
    expect(await panel.textContent()).toContain('Hidden until you reveal it. 3 dots placed so far.');
    expect(await page.locator('.vote-badge').count()).toBe(0);
    await panel.getByRole('button', { name: 'Reveal the tally' }).click();
    await expect.poll(() => tally.getByRole('listitem').count()).toBe(2);

    // Clear votes, then undo brings them back.
    await panel.getByRole('button', { name: 'Clear votes' }).click();
    await expect.poll(() => tally.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => tally.getByRole('listitem').count()).toBe(2);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('votes on a gap-analysis finding by its id with V, and on a sticky note, with one participant', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Session', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Dot voting…' }).click();
    const voting = page.getByRole('region', { name: 'Dot voting' });
    await voting.getByRole('textbox', { name: 'Participants, one per line' }).fill('Whole room');
    await voting.getByRole('spinbutton', { name: 'Dots each' }).fill('5');
    await voting.getByRole('button', { name: 'Start voting' }).click();

    await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
    const analysis = page.getByRole('region', { name: 'Gap analysis' });
    const finding = analysis.getByRole('button', { name: /^Kingsway Baptist Hall is one step away/ });
    await finding.click();
    await page.keyboard.press('v');
    const tally = voting.getByRole('list', { name: 'Tally, most dots first' });
    await expect.poll(() => tally.getByRole('listitem').count()).toBe(1);
    expect(await tally.locator('> li').first().textContent()).toMatch(/^1Kingsway Baptist Hall is one step away.*Finding/);

    // A note: N, type, Escape, then V on the selected note.
    await page.locator('.react-flow__pane').click({ position: { x: 400, y: 500 } });
    await page.keyboard.press('n');
    // The note opens for typing straight away.
    await expect.poll(() => page.getByRole('textbox', { name: 'Sticky note text' }).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Open the hall on Fridays');
    await page.keyboard.press('Escape');
    await page.keyboard.press('v');
    await page.keyboard.press('v');
    await expect.poll(() => tally.getByRole('listitem').count()).toBe(2);
    expect(await tally.locator('> li').first().textContent()).toMatch(/^1Open the hall on Fridays.*Sticky note.*2$/);
    expect(await page.getByRole('group', { name: 'Sticky note: Open the hall on Fridays' }).locator('.vote-badge').textContent()).toContain('2');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
