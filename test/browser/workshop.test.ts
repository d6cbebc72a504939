import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { followViewport } from '../../shared/workshop/audienceMessages';
import { appErrors, cameraAtRest, flushSaves, launchBrowser, namesPlaced, openApp } from './browserHarness';
import { chooseLens, legendColours, openDemo } from './lensHelpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const workshopButton = (page: Page) => page.getByRole('button', { name: 'Workshop mode' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const nodeCount = (page: Page) => page.locator('.react-flow__node').count();
const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);
/** How far down the page the toolbar's bottom edge is: 10 or so when tucked away. */
const toolbarBottom = async (page: Page) => {
  const box = await page.getByRole('toolbar', { name: 'Map tools' }).boundingBox();
  return box ? box.y + box.height : 0;
};

async function camera(page: Page): Promise<{ x: number; y: number; zoom: number; width: number; height: number }> {
  return page.locator('.react-flow').first().evaluate((flow) => {
    const viewport = flow.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = /translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(viewport.style.transform)!;
    const rect = flow.getBoundingClientRect();
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]), width: rect.width, height: rect.height };
  });
}

/** The smallest on-screen size of the node names drawn: font size times zoom. */
async function smallestNameOnScreen(page: Page): Promise<number> {
  const { zoom } = await camera(page);
  const sizes = await page.locator('.react-flow__node .map-node__name').evaluateAll((names) => names.filter((n) => n.getClientRects().length > 0).map((n) => parseFloat(getComputedStyle(n).fontSize)));
  return Math.min(...sizes) * zoom;
}

/** The names drawn in full on screen (markers' names are not drawn), as screen rectangles. */
async function shownNames(page: Page): Promise<{ name: string; left: number; right: number; top: number; bottom: number }[]> {
  return page.locator('.react-flow__node .map-node__name').evaluateAll((names) =>
    names
      .filter((n) => n.getClientRects().length > 0)
      .map((n) => {
        const r = n.closest('.map-node')!.getBoundingClientRect();
        return { name: n.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
  );
}

async function clickEmptyMap(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 400 } });
}

describe('workshop mode', () => {
  it('turns on and off from the keyboard, hiding and showing the chrome and keeping the map', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    const nodes = await nodeCount(page);
    expect(nodes).toBeGreaterThan(20);
    await expect.poll(() => workshopButton(page).getAttribute('aria-pressed')).toBe('false');
    expect(await toolbarBottom(page)).toBeGreaterThan(40);
    await expect.poll(() => details(page).isVisible()).toBe(true);

    await clickEmptyMap(page);
    await page.keyboard.press('w');
    await expect.poll(() => theme(page)).toBe('workshop');
    await expect.poll(() => workshopButton(page).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => details(page).isVisible()).toBe(false);
    await expect.poll(() => toolbarBottom(page)).toBeLessThanOrEqual(14);
    await expect.poll(() => page.getByRole('region', { name: 'Workshop' }).isVisible()).toBe(true);
    // The map fills the screen and is fitted again; every node is still there.
    await namesPlaced(page);
    const fitted = await camera(page);
    expect(fitted.width).toBe(1920);
    expect(await nodeCount(page)).toBe(nodes);
    // Readable from the back of the room: names at least 22 px on a 1080p screen at the fitted zoom.
    expect(await smallestNameOnScreen(page)).toBeGreaterThanOrEqual(22);

    // E brings the editing tools back, D the side panels; each key again tucks them away.
    await page.keyboard.press('e');
    await expect.poll(() => toolbarBottom(page)).toBeGreaterThan(40);
    await page.keyboard.press('Escape');
    await clickEmptyMap(page);
    await page.keyboard.press('e');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.workshopTools ?? null)).toBeNull();
    await page.keyboard.press('d');
    await expect.poll(() => details(page).isVisible()).toBe(true);
    await page.keyboard.press('d');
    await expect.poll(() => details(page).isVisible()).toBe(false);

    // Every workshop key is in the shortcuts list.
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const label of ['Workshop mode on or off', 'Workshop: start or pause the timer', 'Workshop: next agenda item', 'Parking lot: points to come back to', 'Open the audience window']) {
      await expect.poll(() => shortcuts.getByText(label).count()).toBeGreaterThan(0);
    }
    await shortcuts.getByRole('button', { name: 'Close' }).click();

    await clickEmptyMap(page);
    await page.keyboard.press('w');
    await expect.poll(() => theme(page)).toBeNull();
    await expect.poll(() => details(page).isVisible()).toBe(true);
    await expect.poll(() => toolbarBottom(page)).toBeGreaterThan(40);
    await expect.poll(() => nodeCount(page)).toBe(nodes);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows in full only the names there is room for, the rest as markers that name themselves on hover', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    await clickEmptyMap(page);
    await page.keyboard.press('w');
    await expect.poll(() => theme(page)).toBe('workshop');
    await namesPlaced(page);
    const total = await nodeCount(page);
    const names = await shownNames(page);
    // The whole demo map is too dense for every name at 22 px: the best-connected are named.
    expect(names.length).toBeGreaterThan(15);
    expect(names.length).toBeLessThan(total);
    expect(names.map((n) => n.name)).toContain('Millbrook CVS');
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [names[i]!, names[j]!];
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        expect(overlapX > 1 && overlapY > 1, `“${a.name}” overlaps “${b.name}”`).toBe(false);
      }
    }
    expect(await smallestNameOnScreen(page)).toBeGreaterThanOrEqual(22);
    // A marker names itself when pointed at, and still has its name for screen readers.
    const marker = page.locator('.react-flow__node:has(.map-node.is-unlabelled)').first();
    const label = await marker.getAttribute('aria-label');
    expect(label).toMatch(/^(person|organisation|space|project): /);
    const name = label!.replace(/^[a-z]+: /, '');
    expect(await shownNames(page).then((list) => list.some((n) => n.name === name))).toBe(false);
    await marker.hover();
    await expect.poll(() => shownNames(page).then((list) => list.some((n) => n.name === name))).toBe(true);
    // Zoomed in, there is room for more names.
    const fitted = (await camera(page)).zoom;
    await page.mouse.move(960, 560);
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(fitted * 1.15);
    await cameraAtRest(page);
    await namesPlaced(page);
    const closer = await page.locator('.react-flow__node .map-node:not(.is-unlabelled)').count();
    const markers = await page.locator('.react-flow__node .map-node.is-unlabelled').count();
    expect(closer / Math.max(1, closer + markers)).toBeGreaterThan(names.length / total);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('adds a node in workshop mode with its name ready to type, and names it in full on the map', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    await clickEmptyMap(page);
    await page.keyboard.press('w');
    await expect.poll(() => theme(page)).toBe('workshop');
    await expect.poll(() => details(page).isVisible()).toBe(false);
    await page.keyboard.press('e');
    await page.getByRole('button', { name: 'Add space' }).click();
    // The side panels come out for the name, with the cursor in it.
    await expect.poll(() => details(page).isVisible()).toBe(true);
    const nameBox = details(page).getByRole('textbox', { name: 'Name', exact: true });
    await expect.poll(() => nameBox.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('Heywood Road bus shelter chat');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownNames(page).then((list) => list.some((n) => n.name === 'Heywood Road bus shelter chat'))).toBe(true);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('leaves cleanly when full screen is left (Escape)', async () => {
    const { context, page } = await openApp(browser, { width: 1280, height: 800 });
    await openDemo(page);
    await workshopButton(page).click();
    await expect.poll(() => theme(page)).toBe('workshop');
    const fullScreen = await page.evaluate(() => document.fullscreenElement !== null);
    if (fullScreen) {
      // Escape in real full screen is the browser's own; leaving full screen is what it does.
      await page.evaluate(() => document.exitFullscreen());
      await expect.poll(() => theme(page)).toBeNull();
      await expect.poll(() => workshopButton(page).getAttribute('aria-pressed')).toBe('false');
    } else {
      // This browser refused full screen: workshop mode still works in the window.
      await expect.poll(() => workshopButton(page).getAttribute('aria-pressed')).toBe('true');
    }
    // Going back to the list of maps from workshop mode leaves it too.
    if (fullScreen) await workshopButton(page).click();
    await page.keyboard.press('e');
    await page.getByRole('button', { name: '← Your maps' }).click();
    await page.getByRole('button', { name: 'Open the demo map' }).waitFor();
    expect(await theme(page)).toBeNull();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await context.close();
  });

  it('times agenda items and keeps a parking lot that is saved with the map and undoes', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await openDemo(page);
    await clickEmptyMap(page);
    await page.keyboard.press('w');
    const timer = page.getByRole('region', { name: 'Agenda timer' });
    await page.keyboard.press('m');
    await timer.getByRole('textbox', { name: 'Agenda item' }).fill('Where are the gaps?');
    await timer.getByRole('spinbutton', { name: 'Minutes' }).fill('1');
    await timer.getByRole('button', { name: 'Set', exact: true }).click();
    const clock = timer.getByRole('timer');
    await expect.poll(() => clock.textContent()).toBe('1:00');
    await clickEmptyMap(page);
    await page.keyboard.press('t');
    await expect.poll(() => clock.textContent(), { timeout: 5000 }).toMatch(/^0:5\d$/);
    await page.keyboard.press('t');
    const paused = await clock.textContent();
    await page.waitForTimeout(1500);
    expect(await clock.textContent()).toBe(paused);
    await page.keyboard.press(']');
    await expect.poll(() => timer.textContent()).toContain('2. Agenda item 2');
    await expect.poll(() => clock.textContent()).toBe('1:00');

    await page.keyboard.press('k');
    const lot = page.getByRole('region', { name: 'Parking lot' });
    await lot.getByRole('textbox', { name: 'Point to come back to' }).fill('Who funds the warm spaces?');
    await page.keyboard.press('Enter');
    await lot.getByRole('textbox', { name: 'Point to come back to' }).fill('Invite Riverside Mosque');
    await page.keyboard.press('Enter');
    await lot.getByRole('checkbox', { name: 'Who funds the warm spaces?' }).check();
    await expect.poll(() => lot.textContent()).toContain('1 to come back to');
    await lot.getByRole('button', { name: 'Delete “Invite Riverside Mosque”' }).click();
    await expect.poll(() => lot.getByRole('listitem').count()).toBe(1);
    await clickEmptyMap(page);
    await page.keyboard.press('Control+z');
    await expect.poll(() => lot.getByRole('listitem').count()).toBe(2);
    await flushSaves(page);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await clickEmptyMap(page);
    await page.keyboard.press('k');
    await expect.poll(() => page.getByRole('region', { name: 'Parking lot' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Who funds the warm spaces?'),
      expect.stringContaining('Invite Riverside Mosque'),
    ]);
    expect(await page.getByRole('region', { name: 'Parking lot' }).getByRole('checkbox', { name: 'Who funds the warm spaces?' }).isChecked()).toBe(true);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('the audience window', () => {
  it('follows the facilitator’s camera, lens and edits', async () => {
    const { context, page } = await openApp(browser, { width: 1440, height: 900 });
    await openDemo(page);
    const audience = await context.newPage();
    const audienceErrors: string[] = [];
    audience.on('pageerror', (error) => audienceErrors.push(error.message));
    await audience.goto(`${inject('appUrl')}?audience=1`);
    await audience.locator('.react-flow__node').first().waitFor();
    await expect.poll(() => audience.getByRole('status').filter({ hasText: 'Audience view — following Millbrook' }).count()).toBe(1);
    // No editing in the audience window.
    expect(await audience.getByRole('toolbar').count()).toBe(0);
    expect(await audience.getByRole('button', { name: 'Add person' }).count()).toBe(0);

    const follows = async () => {
      const from = await camera(page);
      const to = await camera(audience);
      const expected = followViewport(from, from, to);
      return Math.abs(to.x - expected.x) < 1 && Math.abs(to.y - expected.y) < 1 && Math.abs(to.zoom - expected.zoom) < 1e-3;
    };
    await expect.poll(follows, { timeout: 5000 }).toBe(true);

    // Zoom in and pan on the facilitator's screen.
    const pane = page.locator('.react-flow__pane');
    await pane.hover({ position: { x: 400, y: 400 } });
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
    await page.mouse.move(400, 400);
    await page.mouse.down();
    await page.mouse.move(250, 300, { steps: 8 });
    await page.mouse.up();
    await cameraAtRest(page);
    const moved = await camera(page);
    expect(moved.zoom).toBeGreaterThan(0.6);
    await expect.poll(follows, { timeout: 5000 }).toBe(true);

    // A lens: the audience's legend and node colours follow.
    await chooseLens(page, { colour: 'area' });
    await expect.poll(async () => (await legendColours(audience)).map((e) => e.label), { timeout: 5000 }).toContain('Northgate');
    expect((await legendColours(audience)).map((e) => e.colour)).toEqual((await legendColours(page)).map((e) => e.colour));

    // A finding brought forward: the audience fades the rest and says what it shows.
    await page.getByRole('button', { name: 'Gap analysis' }).click();
    await page.getByRole('region', { name: 'Gap analysis' }).getByRole('button', { name: /^Kingsway Baptist Hall is one step away/ }).click();
    await expect.poll(() => audience.locator('.audience__emphasis').textContent(), { timeout: 5000 }).toContain('Kingsway Baptist Hall');
    await expect.poll(() => audience.locator('.map-node.is-faded').count()).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => audience.locator('.audience__emphasis').count()).toBe(0);

    // Rename a node: the audience's own session follows the map live, within a second, with no
    // reload and no fresh read of the map (the marks set on its page and canvas stay).
    await audience.evaluate(() => {
      (window as unknown as { audienceMark?: number }).audienceMark = 1;
      document.querySelector('.react-flow')!.setAttribute('data-mark', 'kept');
    });
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Name, role, tag or postcode' }).fill('Northgate Library');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Name', exact: true }).fill('Northgate Library and Hub');
    await page.keyboard.press('Tab');
    const renamedAt = Date.now();
    await expect.poll(() => audience.locator('.react-flow__node').filter({ hasText: 'Northgate Library and Hub' }).count(), { timeout: 1000, interval: 50 }).toBe(1);
    expect(Date.now() - renamedAt).toBeLessThan(1000);
    expect(await audience.evaluate(() => (window as unknown as { audienceMark?: number }).audienceMark)).toBe(1);
    expect(await audience.locator('.react-flow[data-mark="kept"]').count()).toBe(1);
    await flushSaves(page);
    // Find moved the camera to the node; the audience went with it.
    await expect.poll(follows, { timeout: 5000 }).toBe(true);
    expect(audienceErrors).toEqual([]);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });
});
