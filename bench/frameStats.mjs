// Frame times (requestAnimationFrame deltas) and main-thread long tasks (PerformanceObserver
// 'longtask') while a page runs an action driven from Playwright.

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export async function frameStats(page, action) {
  await page.evaluate(() => {
    window.__bench = { frames: [], longTasks: [] };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    window.__bench.observer = observer;
    window.__bench.started = performance.now();
    let last = performance.now();
    const tick = (t) => {
      window.__bench.frames.push(t - last);
      last = t;
      if (window.__bench.running) requestAnimationFrame(tick);
    };
    window.__bench.running = true;
    requestAnimationFrame(tick);
  });
  await action();
  const result = await page.evaluate(() => {
    window.__bench.running = false;
    window.__bench.observer.disconnect();
    return { frames: window.__bench.frames.slice(1), longTasks: window.__bench.longTasks, elapsed: performance.now() - window.__bench.started };
  });
  const total = result.frames.reduce((a, b) => a + b, 0);
  return {
    frames: result.frames.length,
    fps: total > 0 ? (result.frames.length * 1000) / total : 0,
    medianMs: percentile(result.frames, 50),
    p95Ms: percentile(result.frames, 95),
    longTasks: result.longTasks.length,
    longestTaskMs: Math.max(0, ...result.longTasks),
  };
}
