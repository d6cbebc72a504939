/**
 * Puts the keyboard focus back on the map: on the selected node when it is drawn (so the
 * arrow keys move it and the focus ring shows where you are), otherwise on the map itself.
 * Never leaves it on the page's body, where it is invisible and Tab starts from the top.
 */
export function focusMap(selectedNodeId?: string): void {
  const nodeElement = () => (selectedNodeId ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(selectedNodeId)}"]`) : null);
  const node = nodeElement();
  if (node) {
    node.focus({ preventScroll: true });
    return;
  }
  document.querySelector<HTMLElement>('.map-canvas')?.focus({ preventScroll: true });
  if (!selectedNodeId) return;
  // A node just brought into view is drawn a frame or two later: move onto it then, unless
  // the user has gone elsewhere meanwhile.
  let frames = 0;
  const retry = () => {
    const active = document.activeElement;
    if (!active?.classList.contains('map-canvas')) return;
    const later = nodeElement();
    if (later) later.focus({ preventScroll: true });
    else if (frames++ < 30) requestAnimationFrame(retry);
  };
  requestAnimationFrame(retry);
}

/** Focus has been dropped when it is on nothing (the body) or on an element no longer shown. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}
