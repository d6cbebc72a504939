import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { appErrors, flushSaves, launchBrowser, namesPlaced, openApp, openDemoMap } from './browserHarness';

const demoLinks = (JSON.parse(readFileSync(new URL('../../assets/demo-map.json', import.meta.url), 'utf8')) as { links: unknown[] }).links.length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const nodeOnMap = (page: Page, name: string) => page.locator('.react-flow__node').filter({ hasText: name });

async function createMap(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Name of the new map' }).fill(name);
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe(name);
}

async function addAndName(page: Page, button: string, name: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const nameBox = details(page).getByRole('textbox', { name: 'Name', exact: true });
  await nameBox.fill(name);
  await expect.poll(() => nodeOnMap(page, name).count()).toBe(1);
}

describe('editing a map in the browser edition', () => {
  it('keeps every node, link and field after a reload', async () => {
    const { context, page } = await openApp(browser);
    await createMap(page, 'Kirkholt neighbourhood offer');
    await addAndName(page, 'Add person', 'Good Help advocate');
    await addAndName(page, 'Add organisation', 'Kirkholt food bank');
    await addAndName(page, 'Add space', 'Kirkholt library');
    await addAndName(page, 'Add project', 'Ageing in place');

    // A field beyond the name: the space's postcode.
    await nodeOnMap(page, 'Kirkholt library').click();
    await details(page).getByRole('textbox', { name: 'Postcode' }).fill('MB4 2QT');

    // Move one node by dragging, then link two by dragging from one's grip to the other.
    const person = nodeOnMap(page, 'Good Help advocate');
    const org = nodeOnMap(page, 'Kirkholt food bank');
    const before = (await person.boundingBox())!;
    await dragBy(page, person, -120, 160);
    const after = (await person.boundingBox())!;
    expect(Math.round(after.y - before.y)).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Fit map' }).click();
    await namesPlaced(page);
    await person.hover();
    const grip = person.locator('.map-node__grip');
    const gripBox = (await grip.boundingBox())!;
    const orgBox = (await org.boundingBox())!;
    await page.mouse.move(gripBox.x + gripBox.width / 2, gripBox.y + gripBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(orgBox.x + orgBox.width / 2, orgBox.y + orgBox.height / 2, { steps: 12 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'Link Good Help advocate to Kirkholt food bank' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('radio', { name: 'Works at / volunteers at' }).check();
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    await flushSaves(page);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Kirkholt neighbourhood offer');
    for (const name of ['Good Help advocate', 'Kirkholt food bank', 'Kirkholt library', 'Ageing in place']) {
      await expect.poll(() => nodeOnMap(page, name).count()).toBe(1);
    }
    expect(await page.locator('.react-flow__edge').count()).toBe(1);
    await nodeOnMap(page, 'Kirkholt library').click();
    expect(await details(page).getByRole('textbox', { name: 'Postcode' }).inputValue()).toBe('MB4 2QT');
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('draws every link of a small map, each ending at its nodes’ centre anchors', async () => {
    const { context, page } = await openApp(browser);
    await openDemoMap(page);
    // React Flow finds a link's ends from the centre anchor it measures in each node (MapNodeView.tsx);
    // a node without one has its links left out, with no error on the page.
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(demoLinks);
    const anchors = await page.locator('.react-flow__node-mapNode .map-node__centre[data-handleid="centre"].source').count();
    expect(anchors).toBe(await page.locator('.react-flow__node-mapNode').count());
    const drawn = await page.locator('.react-flow__edge path.react-flow__edge-path').evaluateAll((paths) => paths.filter((p) => /^M [-\d.]+,[-\d.]+ L [-\d.]+,[-\d.]+$/.test(p.getAttribute('d') ?? '')).length);
    expect(drawn).toBe(demoLinks);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('drags a node with the pointer, writes the map once when the drag ends, and undoes the drag as one step', async () => {
    const { context, page } = await openApp(browser);
    await createMap(page, 'Drag test');
    await addAndName(page, 'Add space', 'Kirkholt library');
    const node = nodeOnMap(page, 'Kirkholt library');
    const start = (await node.boundingBox())!;
    // Where the map's document has the node (not where the canvas draws it).
    const mapX = async () => page.evaluate(() => {
      const app = (window as unknown as { goodHelpMap: { node: (id: string) => { x: number } | null } }).goodHelpMap;
      const el = document.querySelector('.react-flow__node[data-id]');
      return app.node(el!.getAttribute('data-id')!)!.x;
    });
    const x0 = await mapX();
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + start.width / 2 + i * 10, start.y + start.height / 2);
    // Mid-drag the node follows the pointer on the canvas, but the map itself is not written yet.
    await expect.poll(async () => Math.round((await node.boundingBox())!.x - start.x)).toBeGreaterThan(90);
    expect(await mapX()).toBe(x0);
    await page.mouse.up();
    await expect.poll(mapX).toBeGreaterThan(x0 + 90);
    // One step: Undo puts it back where it started, pin and all.
    await page.keyboard.press('Control+z');
    await expect.poll(mapX).toBe(x0);
    await expect.poll(async () => Math.round((await node.boundingBox())!.x - start.x)).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(mapX).toBeGreaterThan(x0 + 90);
    await flushSaves(page);
    await page.reload();
    await expect.poll(() => nodeOnMap(page, 'Kirkholt library').count()).toBe(1);
    await expect.poll(mapX).toBeGreaterThan(x0 + 90);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('undoes and redoes edits, and brings back a deleted node with its links', async () => {
    const { context, page } = await openApp(browser);
    await createMap(page, 'Undo test');
    await addAndName(page, 'Add organisation', 'Citizens advice');
    await addAndName(page, 'Add space', 'Community centre');
    // Link by keyboard: select the space, press L, choose the other end and the type.
    await nodeOnMap(page, 'Community centre').click();
    await page.locator('.react-flow__pane').press('l');
    const dialog = page.getByRole('dialog', { name: 'Link Community centre to…' });
    await dialog.getByRole('combobox', { name: 'Link to' }).selectOption({ label: 'Citizens advice (organisation)' });
    await dialog.getByRole('radio', { name: 'Refers or signposts to' }).check();
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    // Delete the organisation: its link goes too; undo brings both back.
    await nodeOnMap(page, 'Citizens advice').click();
    await page.locator('.react-flow__pane').press('Delete');
    await expect.poll(() => nodeOnMap(page, 'Citizens advice').count()).toBe(0);
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeOnMap(page, 'Citizens advice').count()).toBe(1);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => nodeOnMap(page, 'Citizens advice').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeOnMap(page, 'Citizens advice').count()).toBe(1);

    // Typing a name is one undo step, not one per letter.
    await nodeOnMap(page, 'Community centre').click();
    await details(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Hub');
    await details(page).getByRole('textbox', { name: 'Name', exact: true }).pressSequentially(' and café');
    await expect.poll(() => nodeOnMap(page, 'Hub and café').count()).toBe(1);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeOnMap(page, 'Community centre').count()).toBe(1);

    // The undone state is what is saved.
    await flushSaves(page);
    await page.reload();
    await expect.poll(() => nodeOnMap(page, 'Community centre').count()).toBe(1);
    await expect.poll(() => nodeOnMap(page, 'Citizens advice').count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('copies and pastes nodes with the keyboard', async () => {
    const { context, page } = await openApp(browser);
    await createMap(page, 'Clipboard test');
    await addAndName(page, 'Add person', 'Peer mentor');
    await nodeOnMap(page, 'Peer mentor').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => nodeOnMap(page, 'Peer mentor').count()).toBe(2);
    await context.close();
  });

  it('puts the cursor in a new node’s name, so typing names it, from the toolbar or a double-click', async () => {
    const { context, page } = await openApp(browser);
    await createMap(page, 'Naming test');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    const nameBox = details(page).getByRole('textbox', { name: 'Name', exact: true });
    await expect.poll(() => nameBox.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('Kirkholt food bank');
    await page.keyboard.press('Enter');
    await expect.poll(() => nodeOnMap(page, 'Kirkholt food bank').count()).toBe(1);
    await expect.poll(() => nodeOnMap(page, 'New organisation').count()).toBe(0);
    await page.locator('.react-flow__pane').dblclick({ position: { x: 200, y: 420 } });
    await page.getByRole('menuitem', { name: 'Add space' }).click();
    await expect.poll(() => nameBox.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('Kirkholt library');
    await page.keyboard.press('Tab');
    await expect.poll(() => nodeOnMap(page, 'Kirkholt library').count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
    await context.close();
  });

  it('refuses an empty name and says why', async () => {
    const { context, page } = await openApp(browser);
    await createMap(page, 'Validation test');
    await page.getByRole('button', { name: 'Add space' }).click();
    const nameBox = details(page).getByRole('textbox', { name: 'Name', exact: true });
    await nameBox.fill('');
    await expect.poll(() => nameBox.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => details(page).getByText('A name is needed').count()).toBeGreaterThan(0);
    await expect.poll(() => nodeOnMap(page, 'New space').count()).toBe(1);
    await context.close();
  });
});

async function dragBy(page: Page, locator: ReturnType<Page['locator']>, dx: number, dy: number): Promise<void> {
  const box = (await locator.boundingBox())!;
  const x = box.x + 40;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 10 });
  await page.mouse.up();
}
