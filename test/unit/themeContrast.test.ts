import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../shared/workshop/contrast';

/** A theme's colour tokens, read from its stylesheet's first block for `selector`. */
function tokens(file: string, selector: string): Record<string, string> {
  const css = readFileSync(new URL(`../../renderer/styles/${file}`, import.meta.url), 'utf8');
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

const normal = tokens('theme.css', ':root');
// The workshop theme overrides some tokens; the rest come from the normal theme.
const workshop = { ...normal, ...tokens('workshop.css', ":root[data-theme='workshop']") };

const TEXT = 4.5;
const SHAPE = 3;
/** Text on its backgrounds (WCAG 1.4.3) and the edges of controls against what is around them (1.4.11). */
const PAIRS: [string, string, number][] = [
  ['text', 'bg', TEXT],
  ['text', 'surface', TEXT],
  ['text', 'surface-sunken', TEXT],
  ['text-muted', 'surface', TEXT],
  ['text-muted', 'surface-sunken', TEXT],
  ['text-muted', 'bg', TEXT],
  ['accent-contrast', 'accent', TEXT],
  ['accent-contrast', 'accent-strong', TEXT],
  ['accent', 'surface', TEXT],
  ['danger', 'surface', TEXT],
  ['danger', 'danger-bg', TEXT],
  ['warning-text', 'warning-bg', TEXT],
  ['text', 'info-bg', TEXT],
  ['focus', 'surface', SHAPE],
  ['focus', 'bg', SHAPE],
  ['control-border', 'surface', SHAPE],
  ['control-border', 'bg', SHAPE],
  ['control-border', 'surface-sunken', SHAPE],
  ['edge', 'bg', SHAPE],
  ...(['person', 'organisation', 'space', 'project'] as const).flatMap((kind): [string, string, number][] => [
    ['text', `${kind}-fill`, TEXT],
    [`${kind}-ink`, `${kind}-fill`, TEXT],
    [`${kind}-border`, 'bg', SHAPE],
  ]),
];

describe.each([
  ['normal', normal],
  ['workshop', workshop],
])('the %s theme', (_, colours) => {
  it.each(PAIRS)('%s on %s meets WCAG AA (%s:1)', (fg, bg, minimum) => {
    expect(colours[fg], fg).toBeDefined();
    expect(colours[bg], bg).toBeDefined();
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(minimum);
  });
});
