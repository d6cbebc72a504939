import { isLinkFilteredOut, selectLinkColour } from '../lens/lensSelectors';
import { isLinkFaded } from '../state/emphasis';
import type { EditorController } from '../state/editorController';
import type { LinkDrawStyle } from './linkDraw';

interface LinkTheme {
  readonly edge: string;
  readonly edgeSelected: string;
  readonly workshopPx: number;
}

/**
 * The theme's link colours, read once per theme: reading computed style makes the browser work
 * out every pending style change first, and the link canvas asks just after DOM nodes have been
 * mounted, where that cost 15–270 ms a drawing on a loaded 2-core machine. The themes are set by
 * the root's data-theme attribute (workshopActions.ts), so that names the colours read.
 */
const themes = new Map<string, LinkTheme>();

function linkTheme(): LinkTheme {
  const root = document.documentElement;
  const key = root.dataset.theme ?? '';
  let theme = themes.get(key);
  if (!theme) {
    const css = getComputedStyle(root);
    theme = {
      edge: css.getPropertyValue('--edge').trim() || '#6b7684',
      edgeSelected: css.getPropertyValue('--edge-selected').trim() || '#1f5fd1',
      workshopPx: Number.parseFloat(css.getPropertyValue('--workshop-link-px')) || 3,
    };
    themes.set(key, theme);
  }
  return theme;
}

/** The looks LinkEdge gives its paths, from the same selectors and theme colours. */
export function linkStyle(controller: EditorController, workshop: boolean, chips: boolean): Omit<LinkDrawStyle, 'boxOf'> {
  const state = controller.state;
  const { edge, edgeSelected, workshopPx } = linkTheme();
  const selected = new Set(state.selection.linkIds);
  return {
    screenWidthPx: workshop ? workshopPx : chips ? 1.5 : null,
    // Zoomed out far enough for name chips, there are thousands of links on screen.
    hairline: chips && !workshop,
    lookOf: (link) => {
      const isSelected = selected.has(link.id);
      return {
        selected: isSelected,
        faded: isLinkFaded(state, link) || isLinkFilteredOut(state, link),
        colour: isSelected ? edgeSelected : (selectLinkColour(state, link.type) ?? edge),
      };
    },
  };
}
