import type { Page } from 'playwright-core';

/**
 * WCAG 2.2 checks run on whatever the page shows now: target size (2.5.8) and focus that is
 * visible and not hidden under something else (2.4.11, checked more strictly: the centre of
 * the focused control must be the control itself).
 */

/** What a pointer or the keyboard can act on. */
const TARGETS = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="menuitem"]',
  '[role="menuitemcheckbox"]',
  '[role="menuitemradio"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/**
 * Every visible target smaller than 24×24 CSS px whose 24 px circle (centred on it) touches
 * another target or another small target's circle — the SC 2.5.8 spacing exception fails.
 * A checkbox or radio inside its <label> is measured as the label, which clicks it too.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const modal = [...document.querySelectorAll('dialog')].filter((d) => d.open && d.matches(':modal')).pop();
    const scope: ParentNode = modal ?? document;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const boxes: { el: Element; r: DOMRect }[] = [];
    for (const el of scope.querySelectorAll(selector)) {
      // Links on the map are lines, not boxes: their hit area is a 20 px band along the line.
      // Nodes are where the map puts them at the zoom the user chose: SC 2.5.8's "essential"
      // exception (its Understanding names pins on a map), with Find's list as a large equivalent.
      if (el.closest('.react-flow__edge, .react-flow__node-mapNode, [inert], [aria-hidden="true"]')) continue;
      if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const target = (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.closest('label')) || el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) continue;
      if (boxes.some((b) => b.el === target)) continue;
      boxes.push({ el: target, r });
    }
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const small = (r: DOMRect) => r.width < 23.5 || r.height < 23.5;
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const problems: string[] = [];
    for (const a of boxes) {
      if (!small(a.r)) continue;
      const c = centre(a.r);
      const clash = boxes.find((b) => {
        if (b === a || a.el.contains(b.el) || b.el.contains(a.el)) return false;
        if (distanceToRect(c, b.r) < 12) return true;
        return small(b.r) && Math.hypot(c.x - centre(b.r).x, c.y - centre(b.r).y) < 24;
      });
      if (clash) problems.push(`${describe(a.el)} is ${Math.round(a.r.width)}×${Math.round(a.r.height)} px and too near ${describe(clash.el)}`);
    }
    return problems;
  }, TARGETS);
}

/** Where the keyboard is and whether it can be seen: undefined when all is well. */
function focusProblem(page: Page): Promise<{ key: string; problem?: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { key: 'body', problem: 'focus is lost to the page' };
    const name = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 40)}”`;
    const key = `${el.matches('.react-flow__node, .react-flow__edge') ? 'on-map ' : ''}${name}@${[...(el.parentElement?.children ?? [])].indexOf(el)}:${el.getAttribute('data-id') ?? el.id}`;
    let r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return { key, problem: `${name} has the focus but is not drawn` };
    // A link on the map is a line, not a box: enough of the line must show, drawn thicker.
    const path = el instanceof SVGElement ? el.querySelector<SVGPathElement>('path.react-flow__edge-path, path') : null;
    if (path) {
      const m = path.getScreenCTM();
      const length = path.getTotalLength();
      let shown = 0;
      const samples = 20;
      for (let i = 1; i < samples; i++) {
        const at = new DOMPoint(path.getPointAtLength((length * i) / samples).x, path.getPointAtLength((length * i) / samples).y).matrixTransform(m ?? undefined);
        const hit = document.elementFromPoint(at.x, at.y);
        // Lines take no pointer where they are not hit-tested: the bare map there means nothing covers it.
        const seeThrough = (at: Element | null) => at !== null && parseFloat(getComputedStyle(at.closest('.react-flow__node') ?? at).opacity) <= 0.4;
        if (hit && (el.contains(hit) || hit.closest('.react-flow__edges') || hit.matches('.react-flow__pane, .react-flow__renderer') || seeThrough(hit))) shown++;
      }
      if (shown < samples / 4) return { key, problem: `${name} has the focus but only ${shown} of ${samples - 1} points of it show` };
      const stroke = getComputedStyle(path);
      const scale = stroke.vectorEffect === 'non-scaling-stroke' ? 1 : Math.hypot(m?.a ?? 1, m?.b ?? 0);
      if (parseFloat(stroke.strokeWidth) * scale < 3) return { key, problem: `${name} has the focus but is not drawn any stronger` };
      return { key };
    }
    const left = Math.max(r.left, 0);
    const top = Math.max(r.top, 0);
    const right = Math.min(r.right, innerWidth);
    const bottom = Math.min(r.bottom, innerHeight);
    if (right <= left || bottom <= top) return { key, problem: `${name} has the focus but is off the screen` };
    r = new DOMRect(left, top, right - left, bottom - top);
    const point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    const hit = document.elementFromPoint(point.x, point.y);
    if (hit && hit !== el && !el.contains(hit)) {
      const cover = hit.closest('[aria-label], [role], dialog, header, aside, section') ?? hit;
      return { key, problem: `${name} has the focus but is under ${cover.tagName.toLowerCase()} “${cover.getAttribute('aria-label') ?? cover.className}”` };
    }
    // The ring may be drawn by the control or by its own box inside (a map node's card).
    const ringed = (target: Element) => {
      const style = getComputedStyle(target);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
    };
    const ring = ringed(el) || (el.firstElementChild !== null && ringed(el.firstElementChild));
    if (!ring) return { key, problem: `${name} has the focus but shows no focus ring` };
    return { key };
  });
}

/** The focus as it is once the app has moved what it moves on focus (a map pans to a covered node). */
async function settledFocus(page: Page): Promise<{ key: string; problem?: string }> {
  let found = await focusProblem(page);
  // Only the map moves on focus; anything else is as it will stay.
  for (let tries = 0; found.problem && found.key.startsWith('on-map ') && tries < 8; tries++) {
    await page.waitForTimeout(80);
    found = await focusProblem(page);
  }
  return found;
}

/**
 * Presses Tab up to `limit` times (stopping once the focus comes round to where it began, or
 * leaves `within` when given) and reports each place the focus was lost, hidden or unringed.
 */
export async function tabThrough(page: Page, options: { limit?: number; within?: string } = {}): Promise<string[]> {
  const { limit = 300, within } = options;
  const problems = new Set<string>();
  const seen = new Set<string>();
  if (within) {
    // Start on the part's first control, arrived at by the keyboard (so its ring shows).
    const found = await page.evaluate(
      ({ scope, selector }) => {
        const first = [...document.querySelectorAll<HTMLElement>(`:is(${scope}) :is(${selector}), :is(${scope}):is(${selector})`)].find((el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.checkVisibility());
        first?.focus();
        return Boolean(first);
      },
      { scope: within, selector: TARGETS },
    );
    if (!found) return [`nothing in ${within} takes the keyboard`];
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const { key, problem } = await focusProblem(page);
    if (problem) problems.add(problem);
    seen.add(key);
  }
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (within && !(await page.evaluate((s) => Boolean(document.activeElement?.closest(`:is(${s})`)), within))) break;
    const { key, problem } = await settledFocus(page);
    // Past the last control the browser hands the focus to its own toolbar: the round is done.
    // A screen with nothing to operate (the audience window) keeps it on the page.
    if (key === 'body' && (seen.size > 0 || (i === 0 && !(await page.evaluate((s) => document.querySelector(s) !== null, TARGETS))))) break;
    if (problem) problems.add(problem);
    if (seen.has(key)) break;
    seen.add(key);
  }
  return [...problems];
}

/**
 * WCAG 1.4.3 and 1.4.11 on the page as drawn: every visible piece of text against what is
 * behind it (4.5:1, or 3:1 for large text), and every enabled control's edge — its border or
 * its own fill — against what is around it (3:1). Colours are read from the computed styles,
 * blending see-through backgrounds; text that is deliberately faded (opacity) or disabled is
 * exempt, as WCAG allows for inactive components.
 */
export function contrastProblems(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | null => {
      const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+%?))?\)/.exec(c);
      if (!m) return null;
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [Number(m[1]), Number(m[2]), Number(m[3]), a];
    };
    const over = (top: RGBA, under: RGBA): RGBA => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as RGBA;
    const luminance = (c: RGBA) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The solid colour behind an element's own box: its ancestors' backgrounds, blended. */
    const behind = (el: Element | null): RGBA | null => {
      const layers: RGBA[] = [];
      for (let at = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.backgroundImage !== 'none' && !style.backgroundImage.startsWith('linear-gradient')) return null;
        const bg = parse(style.backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      let colour: RGBA = [255, 255, 255, 1];
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const faded = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) if (parseFloat(getComputedStyle(at).opacity) < 1) return true;
      return false;
    };
    const modal = [...document.querySelectorAll('dialog')].filter((d) => d.open && d.matches(':modal')).pop();
    const scope: Element = modal ?? document.body;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”`;
    const problems = new Set<string>();
    const inactive = (el: Element) => el.closest(':disabled, [aria-disabled="true"], [inert], [aria-hidden="true"]') !== null;

    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const texts = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim() && n.parentElement) texts.add(n.parentElement);
    for (const el of texts) {
      if (el.closest('svg, script, style, noscript, option') || !shown(el) || inactive(el) || faded(el)) continue;
      const style = getComputedStyle(el);
      const fg = parse(style.color);
      const bg = behind(el);
      if (!fg || !bg) continue;
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const need = large ? 3 : 4.5;
      const got = ratio(over(fg, bg), bg);
      if (got < need - 0.005) problems.add(`text ${describe(el)} is ${got.toFixed(2)}:1 (${style.color} on rgb(${bg.slice(0, 3).join(', ')})), needs ${need}:1`);
    }
    for (const el of scope.querySelectorAll(selector)) {
      // Checkboxes and radios are drawn by the browser (their colours are not styles to read).
      if (el.matches('input[type="checkbox"], input[type="radio"]') || el.closest('.react-flow__edge, .react-flow__node-mapNode') || !shown(el) || inactive(el) || faded(el)) continue;
      const style = getComputedStyle(el);
      const around = behind(el.parentElement);
      if (!around) continue;
      const own = parse(style.backgroundColor);
      const fill = own && own[3] > 0 ? over(own, around) : around;
      const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).filter((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none');
      const borders = sides.map((side) => parse(style.getPropertyValue(`border-${side.toLowerCase()}-color`))).filter((c): c is RGBA => c !== null);
      const edge = Math.max(ratio(fill, around), ...borders.map((border) => Math.max(ratio(over(border, fill), around), ratio(over(border, fill), fill))));
      // A control drawn as text alone (a quiet button, a link) is found by its text, checked above.
      if (edge < 1.05 && !(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
      if (edge < 2.995) problems.add(`control ${describe(el)} has an edge of ${edge.toFixed(2)}:1 against rgb(${around.slice(0, 3).join(', ')}), needs 3:1`);
    }
    return [...problems];
  }, TARGETS);
}

/** What floats over the map; none of it may lie over another (a panel over the legend's Hide, a message over the dock). */
const FLOATING = ['.legend', '.picture-minimap', '.react-flow__controls', '.move-overlay__bar', '.parking-lot', '.workshop-dock', '.notice-bar.is-visible', '.session-panel', '.emphasis-bar', '.sticky-toolbar', ':root[data-theme="workshop"] .toolbar'];

export function floatingOverlaps(page: Page): Promise<string[]> {
  return page.evaluate((selectors) => {
    const boxes = selectors.flatMap((s) =>
      [...document.querySelectorAll(s)]
        .filter((el) => (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }))
        .map((el) => ({ name: s, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0),
    );
    const problems: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const overlap = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 && Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
        if (overlap) problems.push(`${a.name} overlaps ${b.name}`);
      }),
    );
    return problems;
  }, FLOATING);
}
