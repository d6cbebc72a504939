// Team sharing in the built app: separate browser contexts (separate computers) on one map on a
// real team server on 127.0.0.1, shared and joined through the Share and Join dialogs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningTeamServer } from '../../scripts/teamServer/teamServer';
import { startTestServer, tempDataFolder } from '../server/teamServerHarness';
import { appErrors, launchBrowser, openApp } from './browserHarness';

const SCREENS = process.env.GHM_SCREENS;
let browser: Browser;
let data: ReturnType<typeof tempDataFolder>;
let server: RunningTeamServer;
let teamKey: string;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  data = tempDataFolder();
  server = await startTestServer(data.path);
  teamKey = server.keys.createTeamKey('Prevention team');
});
afterEach(async () => {
  await server.stop();
  data.remove();
});

type Changes = Record<string, unknown>;
const dispatch = (page: Page, command: unknown) => page.evaluate((c) => (window as unknown as { goodHelpMap: { dispatch: (c: unknown) => boolean } }).goodHelpMap.dispatch(c), command);
const nodeField = (page: Page, id: string, field: string) =>
  page.evaluate(([i, f]) => ((window as unknown as { goodHelpMap: { node: (id: string) => Changes | null } }).goodHelpMap.node(i!) ?? {})[f!] ?? null, [id, field]);
const update = (page: Page, id: string, changes: Changes) => dispatch(page, { type: 'updateNode', args: { id, changes } });
const sharingStatus = (page: Page) => page.locator('.sharing-status [role="status"]').textContent();

async function shareNewMap(page: Page, person: string) {
  await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Kirkholt help map');
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Kirkholt help map');
  await dispatch(page, { type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'foodbank', name: 'Food bank' } });
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Share with your team/ }).click();
  await page.getByRole('textbox', { name: 'Server address' }).fill(`127.0.0.1:${server.port}`);
  await page.getByLabel('Access key').fill(teamKey);
  await page.getByRole('textbox', { name: 'Your name' }).fill(person);
  if (SCREENS) await page.screenshot({ path: `${SCREENS}/share-dialog.png` });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  // The window starts again with the server allowed by its policy, then carries on.
  const edit = page.getByRole('textbox', { name: 'Invite to edit' });
  await edit.waitFor({ timeout: 20_000 });
  if (SCREENS) await page.screenshot({ path: `${SCREENS}/shared-invites.png` });
  const invites = { edit: await edit.inputValue(), view: await page.getByRole('textbox', { name: 'Invite to view' }).inputValue() };
  await page.getByRole('button', { name: 'Done' }).click();
  return invites;
}

async function join(invite: string, person: string) {
  const { context, page } = await openApp(browser);
  await page.getByRole('button', { name: 'Join a shared map…' }).click();
  await page.getByRole('textbox', { name: 'Invite' }).fill(invite);
  await page.getByRole('textbox', { name: 'Your name' }).fill(person);
  if (SCREENS && person === 'Ben') await page.screenshot({ path: `${SCREENS}/join-dialog.png` });
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue(), { timeout: 20_000 }).toBe('Kirkholt help map');
  return { context, page };
}

describe('a team on one map in the app', () => {
  it('three people: edits reach the others, two fields of one node both kept, a view invite cannot write and says why', async () => {
    const { context: ca, page: amira } = await openApp(browser);
    const invites = await shareNewMap(amira, 'Amira');
    const { context: cb, page: ben } = await join(invites.edit, 'Ben');
    const { context: cc, page: cara } = await join(invites.view, 'Cara');

    await expect.poll(() => sharingStatus(amira), { timeout: 10_000 }).toBe('Shared — 3 people here');
    await update(amira, 'foodbank', { name: 'Kirkholt Food Bank' });
    await update(ben, 'foodbank', { notes: 'Open Tuesdays' });
    for (const page of [amira, ben, cara]) {
      await expect.poll(() => nodeField(page, 'foodbank', 'name'), { timeout: 5000 }).toBe('Kirkholt Food Bank');
      await expect.poll(() => nodeField(page, 'foodbank', 'notes'), { timeout: 5000 }).toBe('Open Tuesdays');
    }

    // Ben selects the food bank: Amira sees his name on it.
    await ben.getByText('Kirkholt Food Bank', { exact: true }).first().click();
    await amira.getByRole('img', { name: 'Ben has Kirkholt Food Bank selected' }).waitFor({ timeout: 5000 });
    if (SCREENS) await amira.screenshot({ path: `${SCREENS}/presence-and-status.png` });

    // Cara's invite is to view: the app refuses her edit and says why; nobody gets it.
    await cara.getByRole('button', { name: 'Add organisation' }).click();
    await cara.getByText('You can look at this map but not change it: your invite is to view.').waitFor();
    expect(await update(cara, 'foodbank', { name: 'Changed by a viewer' })).toBe(false);
    expect(await nodeField(amira, 'foodbank', 'name')).toBe('Kirkholt Food Bank');

    // Share on a map that is already shared: its invites and who is on it, not the form again.
    await amira.reload();
    await expect.poll(() => sharingStatus(amira), { timeout: 10_000 }).toBe('Shared — 3 people here');
    await amira.getByRole('button', { name: 'File' }).click();
    await amira.getByRole('menuitem', { name: /Share with your team/ }).click();
    const shared = amira.getByRole('dialog', { name: 'Shared with your team' });
    expect(await shared.getByRole('textbox', { name: 'Invite to edit' }).inputValue()).toBe(invites.edit);
    expect(await shared.getByRole('textbox', { name: 'Invite to view' }).inputValue()).toBe(invites.view);
    const onMap = shared.getByRole('region', { name: 'On the map now' });
    await expect.poll(() => onMap.getByRole('listitem').allTextContents()).toEqual(['Amira (you)', 'Ben', 'Cara']);
    expect(await shared.getByRole('textbox', { name: 'Server address' }).count()).toBe(0);
    await amira.screenshot({ path: '/work/team/screens/sync-files/share-on-shared-map.png' }).catch(() => undefined);
    await shared.getByRole('button', { name: 'Done' }).click();
    // A viewer has only the invite to view, and is told why.
    await cara.getByRole('button', { name: 'File' }).click();
    await cara.getByRole('menuitem', { name: /Share with your team/ }).click();
    const caraShared = cara.getByRole('dialog', { name: 'Shared with your team' });
    expect(await caraShared.getByRole('textbox', { name: 'Invite to view' }).inputValue()).toBe(invites.view);
    expect(await caraShared.getByRole('textbox', { name: 'Invite to edit' }).count()).toBe(0);
    await caraShared.getByText(/no invite to edit: ask whoever shared the map/).waitFor();

    for (const page of [amira, ben, cara]) expect(appErrors(page)).toEqual([]);
    await Promise.all([ca.close(), cb.close(), cc.close()]);
  });

  it('edits made offline merge on reconnect, and a server stopped mid-session and started again loses nothing', async () => {
    const { context: ca, page: amira } = await openApp(browser);
    const invites = await shareNewMap(amira, 'Amira');
    const { context: cb, page: ben } = await join(invites.edit, 'Ben');

    await expect.poll(() => sharingStatus(ben), { timeout: 10_000 }).toBe('Shared — 2 people here');
    await cb.setOffline(true);
    await expect.poll(() => sharingStatus(ben), { timeout: 15_000 }).toBe('Offline — your changes are kept and will be shared when you reconnect');
    await update(ben, 'foodbank', { notes: 'Written on the train' });
    await update(amira, 'foodbank', { name: 'Renamed while Ben was away' });
    if (SCREENS) await ben.screenshot({ path: `${SCREENS}/offline-status.png` });
    await cb.setOffline(false);
    for (const page of [amira, ben]) {
      await expect.poll(() => nodeField(page, 'foodbank', 'notes'), { timeout: 20_000 }).toBe('Written on the train');
      await expect.poll(() => nodeField(page, 'foodbank', 'name'), { timeout: 20_000 }).toBe('Renamed while Ben was away');
    }

    // The server goes away mid-session; both keep working; it comes back on the same port.
    const port = server.port;
    await server.stop();
    await expect.poll(() => sharingStatus(amira), { timeout: 15_000 }).toMatch(/^Offline/);
    await update(amira, 'foodbank', { tags: ['food'] });
    await update(ben, 'foodbank', { notes: 'Written while the server was down' });
    server = await startTestServer(data.path, { port });
    for (const page of [amira, ben]) {
      await expect.poll(() => nodeField(page, 'foodbank', 'tags'), { timeout: 30_000 }).toEqual(['food']);
      await expect.poll(() => nodeField(page, 'foodbank', 'notes'), { timeout: 30_000 }).toBe('Written while the server was down');
    }
    await Promise.all([ca.close(), cb.close()]);
  });
});
