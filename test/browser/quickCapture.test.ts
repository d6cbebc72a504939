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

describe('quick capture', () => {
  it('turns a pasted list of 20 names into 20 nodes beside the selected node, and one Ctrl+Z removes them all', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Workshop');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('button', { name: 'Add space' }).click();
    const nodes = page.locator('.react-flow__node');
    await expect.poll(() => nodes.count()).toBe(1);

    await page.getByRole('button', { name: 'Quick capture' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quick capture' });
    const list = Array.from({ length: 20 }, (_, i) => (i < 5 ? `person: Volunteer ${i + 1}` : `Group ${i + 1}`)).join('\n');
    // As a paste arrives: the whole list in one input event.
    await dialog.getByRole('textbox', { name: 'Names, one per line' }).focus();
    await page.keyboard.insertText(list);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('5 people and 15 organisations next to New space');
    await dialog.getByRole('checkbox', { name: 'Link each to New space' }).check();
    await dialog.getByRole('button', { name: 'Add 20 to the map' }).click();

    await expect.poll(() => nodes.count()).toBe(21);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(20);
    expect(await page.locator('.react-flow__node .map-node--person').count()).toBe(5);
    // None overlaps another, and all sit close to the space.
    const boxes = await nodes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `${i} overlaps ${j}`).toBe(false);
      }
    }

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodes.count()).toBe(1);
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
