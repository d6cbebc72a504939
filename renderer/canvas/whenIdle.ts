/**
 * Runs `task` when the page is next idle (within `timeoutMs`); returns the cancel. For work a
 * frame does not need, kept out of the frames that mount, place and draw the map.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
