// Frame times (requestAnimationFrame deltas) and main-thread long tasks (PerformanceObserver
// 'longtask') while a page runs an action driven from Playwright; on a React Flow page, how many
// of those frames showed the map moved (its viewport's transform changed since the frame
// before); with a probe (cpuProbe.mjs), also the CPU each drawn frame cost.

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export async function frameStats(page, action, probe) {
  await page.evaluate(() => {
    window.__bench = { frames: [], longTasks: [], moved: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    window.__bench.observer = observer;
    window.__bench.started = performance.now();
    let last = performance.now();
    const viewport = document.querySelector('.react-flow__viewport');
    let seen = viewport?.style.transform;
    const tick = (t) => {
      window.__bench.frames.push(t - last);
      last = t;
      const now = viewport?.style.transform;
      if (now !== seen) window.__bench.moved++;
      seen = now;
      if (window.__bench.running) requestAnimationFrame(tick);
    };
    window.__bench.running = true;
    requestAnimationFrame(tick);
  });
  const before = probe && (await probe());
  await action();
  const after = probe && (await probe());
  const result = await page.evaluate(() => {
    window.__bench.running = false;
    window.__bench.observer.disconnect();
    return { frames: window.__bench.frames.slice(1), moved: window.__bench.moved, longTasks: window.__bench.longTasks, elapsed: performance.now() - window.__bench.started };
  });
  const total = result.frames.reduce((a, b) => a + b, 0);
  return {
    frames: result.frames.length,
    fps: total > 0 ? (result.frames.length * 1000) / total : 0,
    movedFps: total > 0 ? (result.moved * 1000) / total : 0,
    medianMs: percentile(result.frames, 50),
    p95Ms: percentile(result.frames, 95),
    longTasks: result.longTasks.length,
    longestTaskMs: Math.max(0, ...result.longTasks),
    ...(probe && {
      cpuPerFrameMs: (after.cpuMs - before.cpuMs) / Math.max(1, result.frames.length),
      mainPerFrameMs: (after.mainMs - before.mainMs) / Math.max(1, result.frames.length),
    }),
  };
}
