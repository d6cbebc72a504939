// Runs "Tidy the whole map" in the real app (built renderer, Debian's Chromium) on a generated
// map and records main-thread long tasks while it runs: the layout works in a Web Worker, so
// the page must stay responsive throughout, start to saved result.
import { launchBenchBrowser } from './benchBrowser.mjs';
import { generateSnapshot } from './generateMap.mjs';

export async function benchLayoutInApp(appUrl, { nodes, links }) {
  const browser = await launchBenchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Create map' }).waitFor();
    await page.evaluate((s) => window.goodHelpMap.openSnapshot(s), generateSnapshot({ nodes, links, seed: 7 }));
    await page.locator('.react-flow__node, .map-picture.is-visible[data-drawn]').first().waitFor();
    await page.getByRole('button', { name: 'Fit map' }).click();
    await page.waitForTimeout(1500);

    await page.evaluate(() => {
      window.__layoutBench = { longTasks: [], frames: 0 };
      performance.clearMarks('layout:apply');
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__layoutBench.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration, duration: entry.duration });
      });
      observer.observe({ type: 'longtask' });
      window.__layoutBench.observer = observer;
      // Counts frames the page actually painted while the layout ran: a frozen page paints none.
      const tick = () => {
        window.__layoutBench.frames++;
        if (!window.__layoutBench.done) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    // CSS locators: role queries walk the whole accessibility tree of thousands of nodes, on
    // the page's main thread, and would be counted as the app's long tasks.
    await page.locator('.menu-button > button', { hasText: 'Layout' }).click();
    await page.locator('.menu__item', { hasText: 'Tidy the whole map' }).click();
    // Polled cheaply: a role query over thousands of nodes would itself block the page.
    await page.waitForFunction(() => document.querySelector('.notice-bar')?.textContent?.includes('Tidy the whole map: done.'), null, { polling: 200, timeout: 120_000 });
    const settleMs = Date.now() - started;
    await page.evaluate(() => window.goodHelpMap.flush());
    const savedMs = Date.now() - started;
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => {
      window.__layoutBench.done = true;
      window.__layoutBench.observer.disconnect();
      const apply = performance.getEntriesByName('layout:apply')[0]?.startTime ?? Infinity;
      return { longTasks: window.__layoutBench.longTasks, frames: window.__layoutBench.frames, apply };
    });
    // Tasks that end before the result is handed over ran while the layout ran; the rest are
    // the canvas drawing the moved map (React Flow re-rendering every node and link once).
    const during = result.longTasks.filter((t) => t.end < result.apply);
    const applying = result.longTasks.filter((t) => t.end >= result.apply);
    return {
      nodes,
      links,
      settleMs,
      savedMs,
      fps: (result.frames * 1000) / settleMs,
      duringRun: { count: during.length, longestMs: Math.max(0, ...during.map((t) => t.duration)) },
      applying: { count: applying.length, longestMs: Math.max(0, ...applying.map((t) => t.duration)) },
    };
  } finally {
    await browser.close();
  }
}
