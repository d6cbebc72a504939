import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/**
 * Every screen of the app, one after another, as a user reaches them. At each, `visit` is
 * called with the screen's name and, for panels and dialogs, the part of the page that is new
 * (so the keyboard is walked there rather than round the whole editor again).
 */
export type Visit = (page: Page, name: string, within?: string) => Promise<void>;

const kumu = { name: 'kumu-project.json', mimeType: 'application/json', buffer: readFileSync(new URL('../fixtures/import/kumu-project.json', import.meta.url)) };

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/**
 * Waits for what is sliding or fading to come to rest (the workshop toolbar tucking away when
 * the focus leaves it, a message coming in): a screen measured mid-transition shows overlaps
 * that last a moment and no one sees. Two frames first, so a transition the last key started
 * has begun; endless animations (a spinner) are not waited for.
 */
async function stillOnScreen(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const ending = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  });
}

/** Waits for the camera to stop (two equal readings a frame apart). */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const read = () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform;
            const before = read();
            setTimeout(() => resolve(read() === before), 150);
          }),
      ),
      { timeout: 5000 },
    )
    .toBe(true);
}

/** The nodes a finding brings forward that lie under the legend, minimap or zoom buttons, or off the map. */
function shownNodesCovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const covers = [...document.querySelectorAll('.legend, .react-flow__minimap, .picture-minimap, .react-flow__controls')].map((el) => el.getBoundingClientRect());
    return [...document.querySelectorAll('.react-flow__node-mapNode')]
      .filter((el) => !el.querySelector('.is-faded'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const off = r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom;
        return off || covers.some((c) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top);
      })
      .map((el) => el.getAttribute('aria-label') ?? '?');
  });
}

/** The nodes lying under the toolbar, all of its height (the workshop's, while it is out). */
export function nodesUnderToolbar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.toolbar')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node')].filter((n) => n.getBoundingClientRect().top < bar.bottom && n.getBoundingClientRect().bottom > 0).map((n) => n.getAttribute('aria-label') ?? '?');
  });
}

async function menu(page: Page, button: string, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Closes what is open with Escape and checks it went. */
async function escape(page: Page, gone: ReturnType<Page['getByRole']>): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => gone.count()).toBe(0);
}

export async function walkScreens(context: BrowserContext, page: Page, look: Visit): Promise<void> {
  // After each look, a field left with the keyboard would take the next shortcut as typing.
  const visit: Visit = async (screen, name, within) => {
    await stillOnScreen(screen);
    await look(screen, name, within);
    await screen.evaluate(() => {
      const active = document.activeElement;
      if (active?.matches('input, textarea, select, [contenteditable="true"]') && !active.closest('dialog[open]')) document.querySelector<HTMLElement>('.map-canvas')?.focus();
    });
  };
  await page.getByRole('button', { name: 'Open the demo map' }).waitFor();
  await visit(page, 'start-screen');

  await page.getByRole('button', { name: 'Join a shared map…' }).click();
  await visit(page, 'join-dialog', 'dialog[open]');
  await escape(page, page.getByRole('dialog'));

  await page.getByRole('button', { name: 'Open the demo map' }).click();
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Fit map' }).click();
  await settled(page);
  await visit(page, 'editor');

  await page.locator('.react-flow__node[aria-label="space: Northgate Library"]').click();
  await region(page, 'Details').waitFor();
  await visit(page, 'details', '.details-panel');
  await region(page, 'Details').getByRole('button', { name: 'Move on the map' }).click();
  await visit(page, 'move-mode', '.move-overlay');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.move-overlay').count()).toBe(0);

  await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
  await region(page, 'Gap analysis').getByRole('button', { name: /relies on one safe disclosure space/ }).first().waitFor();
  await visit(page, 'gap-analysis', '.analysis-panel');
  await region(page, 'Gap analysis').getByRole('button', { name: /relies on one safe disclosure space/ }).first().click();
  await page.getByRole('status').filter({ hasText: 'Showing:' }).waitFor();
  await settled(page);
  expect(await shownNodesCovered(page), 'a chosen finding’s nodes are clear of the legend and minimap').toEqual([]);
  await visit(page, 'gap-analysis-finding');
  await page.getByRole('button', { name: 'Show everything' }).click();
  await page.getByRole('button', { name: 'Gap analysis', exact: true }).click();
  await expect.poll(() => region(page, 'Gap analysis').count()).toBe(0);

  await page.getByRole('button', { name: /^Lens/ }).click();
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ index: 2 });
  await visit(page, 'lens-menu', '.popover');
  // Tabbing out closes it; a look without the keyboard closes it from its button.
  if (await page.locator('.popover').count()) await page.getByRole('button', { name: /^Lens/ }).click();
  await settled(page);
  await visit(page, 'legend-with-lens', '.legend');

  await page.getByRole('button', { name: /^Views/ }).click();
  await dialog(page, 'Saved views').waitFor();
  await visit(page, 'views-menu', '.popover');
  if (await dialog(page, 'Saved views').count()) await page.getByRole('button', { name: /^Views/ }).click();
  await expect.poll(() => dialog(page, 'Saved views').count()).toBe(0);

  await page.keyboard.press('Control+f');
  await dialog(page, 'Find a node').waitFor();
  await page.keyboard.type('North');
  await visit(page, 'find-dialog', 'dialog[open]');
  await escape(page, page.getByRole('dialog', { name: 'Find a node' }));

  await page.keyboard.press('q');
  await dialog(page, 'Quick capture').waitFor();
  await visit(page, 'quick-capture', 'dialog[open]');
  await escape(page, page.getByRole('dialog', { name: 'Quick capture' }));

  await page.getByRole('button', { name: 'Fit map' }).click();
  await settled(page);
  await page.locator('.react-flow__node[aria-label="space: Northgate Library"]').click();
  await page.keyboard.press('l');
  await dialog(page, /^Link Northgate Library to/).waitFor();
  await visit(page, 'link-dialog', 'dialog[open]');
  await escape(page, page.getByRole('dialog'));

  await page.keyboard.press('Control+,');
  await dialog(page, 'Map settings').waitFor();
  await visit(page, 'map-settings', 'dialog[open]');
  await escape(page, page.getByRole('dialog'));

  await menu(page, 'Good Help', 'Milestones…');
  await dialog(page, 'Good Help milestones').waitFor();
  await visit(page, 'milestones', 'dialog[open]');
  await escape(page, page.getByRole('dialog'));

  await menu(page, 'Good Help', 'Strengths…');
  await dialog(page, 'Good Help strengths').waitFor();
  await visit(page, 'strengths', 'dialog[open]');
  await escape(page, page.getByRole('dialog'));

  await menu(page, 'File', /Share with your team/);
  await page.getByRole('dialog').waitFor();
  await visit(page, 'share-dialog', 'dialog[open]');
  await escape(page, page.getByRole('dialog'));

  const chooser = page.waitForEvent('filechooser');
  await menu(page, 'File', /Import a spreadsheet/);
  await (await chooser).setFiles([kumu]);
  await dialog(page, 'Import “kumu-project.json”').getByRole('status').filter({ hasText: /new things/ }).waitFor();
  await visit(page, 'import-preview', 'dialog[open]');
  await escape(page, page.getByRole('dialog'));

  await menu(page, 'Session', 'Add sticky note');
  await page.getByRole('textbox', { name: 'Sticky note text' }).fill('Who opens on Sunday evenings?');
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: /^Sticky note: Who opens/ }).click();
  await visit(page, 'sticky-note', '.sticky-toolbar, .react-flow__node-sticky');

  // The note stays selected: opening the panel brings its toolbar out from under the panel.
  await menu(page, 'Session', 'Dot voting…');
  await region(page, 'Dot voting').waitFor();
  await settled(page);
  const [tools, panel] = await page.evaluate(() => ['.sticky-toolbar', '.session-panel'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect));
  expect(tools!.right <= panel!.left || tools!.left >= panel!.right || tools!.bottom <= panel!.top || tools!.top >= panel!.bottom, 'the note’s toolbar is clear of the dot-voting panel').toBe(true);
  await visit(page, 'dot-voting', '.session-panel');
  await menu(page, 'Session', 'Hide dot voting');

  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 300 } });
  await page.keyboard.press('w');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('workshop');
  await settled(page);
  await visit(page, 'workshop');
  await page.keyboard.press('e');
  // The toolbar, out, stays over the top of the map: the map is fitted again below it (once the
  // bar has slid out, which a busy machine may not have begun when the camera first reads still),
  // and reaching the map with Tab does not bring any node back under it.
  await expect.poll(() => nodesUnderToolbar(page)).toEqual([]);
  await settled(page);
  await visit(page, 'workshop-tools-out');
  expect(await nodesUnderToolbar(page)).toEqual([]);
  const [toolbarBottom, legendTop] = await page.evaluate(() => [document.querySelector('.toolbar')!.getBoundingClientRect().bottom, document.querySelector('.legend')!.getBoundingClientRect().top]);
  expect(legendTop).toBeGreaterThanOrEqual(toolbarBottom!);
  await page.keyboard.press('e');
  await page.keyboard.press('k');
  await page.getByRole('textbox', { name: 'Point to come back to' }).fill('Transport to the hubs');
  await page.keyboard.press('Enter');
  await visit(page, 'parking-lot', '.parking-lot');
  const [lot, key] = await page.evaluate(() => ['.parking-lot', '.legend'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect));
  expect(lot!.right <= key!.left || lot!.left >= key!.right || lot!.bottom <= key!.top || lot!.top >= key!.bottom, 'the parking lot is clear of the legend').toBe(true);

  const audience = await context.newPage();
  await audience.setViewportSize(page.viewportSize()!);
  await audience.goto(`${inject('appUrl')}?audience=1`);
  await audience.locator('.react-flow__node').first().waitFor();
  await settled(audience);
  await visit(audience, 'audience-window');
  await audience.close();
}
