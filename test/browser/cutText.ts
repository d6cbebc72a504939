import type { Page } from 'playwright-core';

/**
 * Text cut short on screen within `scope`: an element whose text overflows a box that hides
 * the rest (clipped, ellipsis or line-clamped), text that runs past the window's edges, or a
 * drop-down's choice too wide for its box.
 */
export function cutText(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const root = document.querySelector(selector);
    if (!root) return [`nothing matches ${selector}`];
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility() || !el.textContent?.trim()) continue;
      // Words only for screen readers are clipped to a pixel on purpose.
      if (el.closest('.visually-hidden')) continue;
      // A scrolling box shows the rest when scrolled: only boxes that hide it for good cut text.
      const style = getComputedStyle(el);
      const hides = (o: string) => o === 'hidden' || o === 'clip';
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const name = `“${el.textContent.trim().slice(0, 40)}” (${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''})`;
      if (ownText && hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${name} is cut at its side`);
      if (ownText && (hides(style.overflowY) || style.webkitLineClamp !== 'none') && el.scrollHeight > el.clientHeight + 1) problems.push(`${name} is cut at its foot`);
      if (ownText) {
        const r = el.getBoundingClientRect();
        if (r.right > document.documentElement.clientWidth + 1 || r.left < -1) problems.push(`${name} runs off the window`);
      }
    }
    // A drop-down shows its choice in a box of its own: the text must fit beside the arrow.
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const select of root.querySelectorAll('select')) {
      if (!select.checkVisibility()) continue;
      const style = getComputedStyle(select);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      if (ctx.measureText(text).width > room + 1) problems.push(`the choice “${text}” is cut in ${select.getAttribute('aria-label') ?? 'a drop-down'}`);
    }
    return problems;
  }, scope);
}
