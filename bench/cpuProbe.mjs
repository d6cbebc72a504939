// What drawing costs, apart from how often the display lets it draw. Both apps are held at the
// display's 60 Hz at best, so a frame rate alone cannot say how much of the machine each frame
// took. This reads the CPU time of every Chromium process (the page's own threads, its
// workers, the compositor and rasteriser, the GPU process that composites in software here)
// and the time the page's main thread spent in tasks.

/** Returns a function that reads both clocks now, in milliseconds. */
export async function cpuProbe(browser, page) {
  const browserSession = await browser.newBrowserCDPSession();
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send('Performance.enable');
  return async () => {
    const [{ processInfo }, { metrics }] = await Promise.all([
      browserSession.send('SystemInfo.getProcessInfo'),
      pageSession.send('Performance.getMetrics'),
    ]);
    const task = metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
    return { cpuMs: processInfo.reduce((sum, p) => sum + p.cpuTime, 0) * 1000, mainMs: task * 1000 };
  };
}
