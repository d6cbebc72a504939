import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, cameraAtRest, launchBrowser, openApp } from './browserHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = process.env.SCREENS_DIR;
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const nameBox = (page: Page) => details(page).getByRole('textbox', { name: 'Name', exact: true });
const nodeOnMap = (page: Page, name: string) => page.locator('.react-flow__node').filter({ hasText: name });

/** What has the keyboard: "body", "map", "node:<its label>", or the focused control's label. */
function focusedThing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    if (el.classList.contains('map-canvas')) return 'map';
    if (el.classList.contains('react-flow__node')) return `node:${el.getAttribute('aria-label') ?? ''}`;
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.closest('label')?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}:${label.trim()}`;
  });
}

async function newMap(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Name of the new map' }).fill(name);
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe(name);
}

describe('the keyboard after adding a node and in dialogs', () => {
  it('returns to the map on Enter or Escape after naming a node, so the next shortcut adds a node and the name is unchanged', async () => {
    const { context, page } = await openApp(browser);
    await newMap(page, 'Ashworth');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => focusedThing(page)).toBe('input:Name');
    await page.keyboard.type('Ashworth Link Worker');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedThing(page)).toMatch(/^node:.*Ashworth Link Worker/);

    await page.keyboard.press('o');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    await expect.poll(() => focusedThing(page)).toBe('input:Name');
    await page.keyboard.type('Ashworth Tenants Group');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedThing(page)).toMatch(/^node:.*Ashworth Tenants Group/);
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(3);

    expect(await nodeOnMap(page, 'Ashworth Link Worker').count()).toBe(1);
    expect(await nodeOnMap(page, 'Ashworth Tenants Group').count()).toBe(1);
    await nodeOnMap(page, 'Ashworth Link Worker').click();
    expect(await nameBox(page).inputValue()).toBe('Ashworth Link Worker');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('opens each dialog with the focus on its first field, and after adding a link gives the keyboard back to the map', async () => {
    const { context, page } = await openApp(browser);
    await newMap(page, 'Dialogs');
    for (const name of ['Ashworth Link Worker', 'Ashworth Tenants Group']) {
      await page.getByRole('button', { name: 'Add organisation' }).click();
      await nameBox(page).fill(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => focusedThing(page)).toMatch(/^node:/);

    await page.keyboard.press('Control+f');
    await expect.poll(() => focusedThing(page)).toMatch(/^input:Name, role, tag or postcode/);
    await page.keyboard.type('Link Worker');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focusedThing(page)).toMatch(/^node:.*Ashworth Link Worker/);

    await page.keyboard.press('q');
    await expect.poll(() => focusedThing(page)).toMatch(/^textarea:Names, one per line/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focusedThing(page)).not.toBe('body');

    await nodeOnMap(page, 'Ashworth Link Worker').click();
    await page.keyboard.press('l');
    await expect.poll(() => focusedThing(page)).toMatch(/^select:Link to/);
    await page.getByRole('dialog').getByRole('combobox', { name: 'Link to' }).selectOption({ label: 'Ashworth Tenants Group (organisation)' });
    await page.getByRole('dialog').getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await expect.poll(() => focusedThing(page)).toMatch(/^(node:|map$)/);

    // Every other dialog opened from the toolbar starts on its first field too, never on Close.
    const dialogs: [string, () => Promise<void>][] = [
      ['Map settings', () => page.getByRole('button', { name: 'Map settings' }).click()],
      ['Keyboard shortcuts', () => page.keyboard.press('?')],
    ];
    for (const [title, open] of dialogs) {
      await page.locator('.map-canvas').focus();
      await open();
      await page.getByRole('dialog').waitFor();
      const focused = await focusedThing(page);
      expect(focused, title).not.toBe('button:Close');
      expect(focused, title).not.toBe('body');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }

    // G opens Gap analysis with the keyboard in it; closing it hands the keyboard back to the map.
    await page.locator('.map-canvas').focus();
    await page.keyboard.press('g');
    await expect.poll(() => focusedThing(page)).toBe('h2:Gap analysis');
    await page.getByRole('button', { name: 'Close gap analysis' }).press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Gap analysis' }).count()).toBe(0);
    await expect.poll(() => focusedThing(page)).toMatch(/^(node:|map$)/);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});

/** The middle of the focused element on screen. */
const focusedMiddle = (page: Page) =>
  page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });

describe('the map is one Tab stop', () => {
  it('takes one Tab in from the toolbar and one out, goes node to node with the arrows, Home and End, and selects with Enter', async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Fit map' }).click();
    // The map says how it is used from the keyboard.
    const map = page.getByRole('region', { name: 'Map' });
    expect(await map.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent())).toMatch(/One Tab stop: the arrow keys go to the nearest node/);

    // In from the toolbar's last control: one Tab puts the keyboard on a node (the first in reading order).
    const lastTool = page.getByRole('button', { name: /^Good Help/ });
    await lastTool.focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedThing(page)).toMatch(/^node:/);
    const first = await focusedThing(page);

    // The arrows go to the nearest node that way; Home and End to the first and last.
    const start = await focusedMiddle(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedThing(page)).not.toBe(first);
    expect((await focusedMiddle(page)).y).toBeGreaterThan(start.y);
    const below = await focusedMiddle(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focusedMiddle(page)).x).toBeGreaterThan(below.x);
    await page.keyboard.press('End');
    await expect.poll(() => focusedThing(page)).not.toBe(first);
    const last = await focusedThing(page);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedThing(page)).toBe(first);
    await page.keyboard.press('End');
    await expect.poll(() => focusedThing(page)).toBe(last);
    // Nothing moved and nothing was selected on the way.
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(await page.locator('.react-flow__node.selected').count()).toBe(0);

    // Enter selects the node with the focus: its details open.
    await page.keyboard.press('Enter');
    const name = last.replace(/^node:[a-z]+: /, '');
    await expect.poll(() => nameBox(page).inputValue()).toBe(name);

    // From the toolbar through the map to the Details panel: the map takes one Tab of them.
    await lastTool.focus();
    const visited: string[] = [];
    for (let tabs = 1; tabs <= 12; tabs++) {
      await page.keyboard.press('Tab');
      const now = await focusedThing(page);
      visited.push(now);
      if (now === 'input:Name') break;
    }
    expect(visited.at(-1)).toBe('input:Name');
    expect(visited.filter((v) => v.startsWith('node:'))).toEqual([last]);
    // The node, the three zoom buttons and the legend's Hide lie between: 6 Tabs, where there were one per node and link.
    expect(visited.length).toBeLessThanOrEqual(6);
    // And back: Shift+Tab from the panel comes onto the selected node, not the last link or node drawn.
    for (let i = 0; i < visited.length - 1; i++) await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedThing(page)).toBe(last);
    // Shift with the arrows moves the selected node, as one undoable step each.
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(false);
    expect(await focusedThing(page)).toBe(last);
    if (SCREENS) await page.screenshot({ path: `${SCREENS}/map-one-tab-stop.png` });

    // The map's links are not Tab stops: the node's details list them, and a link is chosen from there.
    const links = details(page).locator('summary', { hasText: /^Links \(\d+\)$/ });
    await links.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedThing(page)).toMatch(/^button:(To|From) /);
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('heading', { name: 'Link' }).count()).toBe(1);
    expect(await page.locator('.react-flow__edge.selected').count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('takes a Tab onto a node as the map is first drawn, and lets Fit map land whole when a node reached by the keyboard lies off the map while the camera is on its way', async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    // A Tab pressed as the map is first drawn goes onto a node, not onto a link still in the Tab
    // order for a frame: on a machine four times slower, where that frame came late, it always did.
    const cpu = await context.newCDPSession(page);
    await cpu.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: /^Good Help/ }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedThing(page)).toMatch(/^node:/);
    await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const camera = () => page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
    await page.keyboard.press('f');
    await cameraAtRest(page);
    const fitted = await camera();
    // The keyboard goes to a node that the map's edge cuts as Fit map is asked for (before its
    // first frame), and again a frame into its flight: either way the fit lands whole.
    for (const framesIn of [0, 1]) {
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await cameraAtRest(page);
      await page.getByRole('button', { name: /^Good Help/ }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('f');
      const reached = await page.evaluate(
        (frames) =>
          new Promise<string | null>((resolve) => {
            const reach = () => {
              const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
              const cut = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find((n) => {
                const r = n.getBoundingClientRect();
                return r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom && (r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom);
              });
              cut?.focus();
              resolve(cut && cut.matches(':focus-visible') ? cut.getAttribute('aria-label') : null);
            };
            if (frames === 0) reach();
            else requestAnimationFrame(reach);
          }),
        framesIn,
      );
      expect(reached, `a node cut by the edge had the keyboard ${framesIn} frames into the fit`).not.toBeNull();
      await cameraAtRest(page);
      expect(await camera(), `the fit landed whole with the keyboard ${framesIn} frames into it`).toBe(fitted);
    }
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('messages', () => {
  it('lets a message with an Undo leave by itself, and never blocks a click on the map beneath it', async () => {
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Open the demo map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: /^Layout/ }).click();
    await page.getByRole('menuitem', { name: /^Tidy/ }).click();
    const message = page.getByRole('status').filter({ hasText: 'done' }).filter({ has: page.getByRole('button', { name: 'Undo' }) });
    await message.waitFor();
    // A click on the message's words reaches whatever is under them.
    const passesThrough = await message.evaluate((bar) => {
      const words = bar.querySelector('span')!.getBoundingClientRect();
      const under = document.elementFromPoint(words.left + words.width / 2, words.top + words.height / 2);
      return under !== null && !bar.contains(under);
    });
    expect(passesThrough).toBe(true);
    await expect.poll(() => message.count(), { timeout: 10_000 }).toBe(0);
    await context.close();
  });
});
