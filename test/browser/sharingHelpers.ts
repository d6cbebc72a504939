// Team sharing as a person does it in the built app: share a new map through the Share dialog,
// join from an invite through the Join dialog, and read or change a node through the test API.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openApp } from './browserHarness';

type Changes = Record<string, unknown>;
export const dispatch = (page: Page, command: unknown) => page.evaluate((c) => (window as unknown as { goodHelpMap: { dispatch: (c: unknown) => boolean } }).goodHelpMap.dispatch(c), command);
export const nodeField = (page: Page, id: string, field: string) =>
  page.evaluate(([i, f]) => ((window as unknown as { goodHelpMap: { node: (id: string) => Changes | null } }).goodHelpMap.node(i!) ?? {})[f!] ?? null, [id, field]);
export const update = (page: Page, id: string, changes: Changes) => dispatch(page, { type: 'updateNode', args: { id, changes } });
export const sharingStatus = (page: Page) => page.locator('.sharing-status [role="status"]').textContent();

/** Creates "Kirkholt help map" with a food bank on it and shares it; returns its two invites. */
export async function shareNewMapOn(page: Page, options: { address: string; key: string; person: string; screens?: string | undefined }) {
  const { screens } = options;
  await page.getByRole('textbox', { name: 'Name of the new map' }).fill('Kirkholt help map');
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue()).toBe('Kirkholt help map');
  await dispatch(page, { type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'foodbank', name: 'Food bank' } });
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Share with your team/ }).click();
  await page.getByRole('textbox', { name: 'Server address' }).fill(options.address);
  await page.getByLabel('Access key').fill(options.key);
  await page.getByRole('textbox', { name: 'Your name' }).fill(options.person);
  if (screens) await page.screenshot({ path: `${screens}/share-dialog.png` });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  // The window starts again with the server allowed by its policy, then carries on.
  const edit = page.getByRole('textbox', { name: 'Invite to edit' });
  await edit.waitFor({ timeout: 20_000 });
  if (screens) await page.screenshot({ path: `${screens}/shared-invites.png` });
  const invites = { edit: await edit.inputValue(), view: await page.getByRole('textbox', { name: 'Invite to view' }).inputValue() };
  await page.getByRole('button', { name: 'Done' }).click();
  return invites;
}

/** A fresh profile (another computer) joining from an invite. */
export async function joinFromInvite(browser: Browser, invite: string, person: string, screens?: string) {
  const { context, page } = await openApp(browser);
  let websockets = 0;
  page.on('websocket', () => websockets++);
  await page.getByRole('button', { name: 'Join a shared map…' }).click();
  await page.getByRole('textbox', { name: 'Invite' }).fill(invite);
  await page.getByRole('textbox', { name: 'Your name' }).fill(person);
  if (screens) await page.screenshot({ path: `${screens}/join-dialog.png` });
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Map name' }).inputValue(), { timeout: 20_000 }).toBe('Kirkholt help map');
  return { context, page, websocketsOpened: () => websockets };
}
