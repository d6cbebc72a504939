// Team sharing in the built app: separate browser contexts (separate computers) on one map on a
// real team server on 127.0.0.1, shared and joined through the Share and Join dialogs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningTeamServer } from '../../scripts/teamServer/teamServer';
import { startTestServer, tempDataFolder } from '../server/teamServerHarness';
import { appErrors, launchBrowser, openApp } from './browserHarness';
import { joinFromInvite, nodeField, shareNewMapOn, sharingStatus, update } from './sharingHelpers';

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

const shareNewMap = (page: Page, person: string) => shareNewMapOn(page, { address: `127.0.0.1:${server.port}`, key: teamKey, person, screens: SCREENS });
const join = (invite: string, person: string) => joinFromInvite(browser, invite, person, person === 'Ben' ? SCREENS : undefined);

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
