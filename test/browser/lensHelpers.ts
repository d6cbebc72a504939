import type { Page } from 'playwright-core';
import { namesPlaced } from './browserHarness';

export const legend = (page: Page) => page.getByRole('region', { name: 'Legend' });

/** Opens the demo map and shows all of it. */
export async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the demo map' }).click();
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Fit map' }).click();
  await namesPlaced(page);
}

/** Each legend colour entry: its label and its swatch's computed colour. */
export async function legendColours(page: Page): Promise<{ label: string; colour: string; count: number }[]> {
  return legend(page)
    .getByRole('list', { name: /^Colours:/ })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => ({
        label: li.querySelector('.legend__label')!.textContent!,
        colour: getComputedStyle(li.querySelector('.legend__swatch')!).backgroundColor,
        count: Number(li.querySelector('.legend__count')!.textContent),
      })),
    );
}

/** The fill each rendered node is drawn with, by its accessible label ("space: Northgate Library"). */
export async function nodeColours(page: Page): Promise<Map<string, string>> {
  const pairs = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('aria-label') ?? '', getComputedStyle(n.querySelector('.map-node')!).backgroundColor] as const));
  return new Map(pairs);
}

export async function chooseLens(page: Page, changes: { colour?: string; size?: string }): Promise<void> {
  await page.getByRole('button', { name: /^Lens/ }).click();
  if (changes.colour) await page.getByRole('combobox', { name: 'Colour by' }).selectOption(changes.colour);
  if (changes.size) await page.getByRole('combobox', { name: 'Size by' }).selectOption(changes.size);
  await page.keyboard.press('Escape');
}
