import type { CSSProperties } from 'react';
import { LINK_TYPE_COLOURS, type NodeLook } from '../../shared/lens';
import type { LinkType, MapLink } from '../../shared/model';
import type { AppState } from '../state/appState';

/**
 * Narrow store selectors for the canvas: each returns a primitive or an interned object, so a
 * node or link re-renders only when its own answer changes, never because another node's did.
 */
export function selectNodeLook(state: AppState, id: string): NodeLook | null {
  return state.lensResult?.looks.get(id) ?? null;
}

export function selectLinkColour(state: AppState, type: LinkType): string | null {
  return state.lensResult?.links ? LINK_TYPE_COLOURS[type] : null;
}

/** In "fade" mode a link fades when either end is left out by the filter. */
export function isLinkFilteredOut(state: AppState, link: Pick<MapLink, 'source' | 'target'>): boolean {
  const looks = state.lensResult?.looks;
  if (!looks || state.lensResult?.lens.filter?.mode !== 'fade') return false;
  return (looks.get(link.source)?.filteredOut ?? false) || (looks.get(link.target)?.filteredOut ?? false);
}

const styles = new WeakMap<NodeLook, CSSProperties>();

/** The CSS custom properties canvas nodes read (see lens.css); cached so the style object is stable. */
export function lookStyle(look: NodeLook | null): CSSProperties | undefined {
  if (!look) return undefined;
  let style = styles.get(look);
  if (!style) {
    style = {
      '--lens-fill': look.fill,
      '--lens-ink': look.ink,
      ...(look.border ? { '--lens-border': look.border } : {}),
      ...(look.scale !== 1 ? { '--lens-scale': String(look.scale) } : {}),
    } as CSSProperties;
    styles.set(look, style);
  }
  return style;
}
