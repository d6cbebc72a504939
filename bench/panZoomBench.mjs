// Opens a generated .ghmap through the file input of an app (ours or the naive React Flow
// peer), waits until it is drawn, then pans by mouse and zooms by wheel at the fitted view, at
// a working zoom where names are readable, and across the switch between the two (in one
// continuous wheel, then coming to rest at each end).
import { launchBenchBrowser } from './benchBrowser.mjs';
import { cpuProbe } from './cpuProbe.mjs';
import { frameStats } from './frameStats.mjs';

const VIEWPORT = { width: 1440, height: 900 };
export const WORKING_ZOOM = 0.48;

/**
 * How each app is brought to its file chooser, how the file is chosen there, and how to tell it
 * has drawn the map. The first draw is timed from the choosing: the click that opens the chooser
 * and Playwright's wait for it (about 300 ms here) come before the user has chosen anything.
 */
export const APPS = {
  app: {
    async chooser(page) {
      await page.getByRole('button', { name: 'Create map' }).waitFor();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open a map file…' }).click();
      const opened = await chooser;
      return (file) => opened.setFiles(file);
    },
    drawn: '.react-flow__node, .map-picture.is-visible[data-drawn]',
    nodes: '.react-flow__node.react-flow__node-mapNode',
    // At rest: no gesture under way and every DOM node for the camera mounted (MapCanvas.tsx).
    rested: '.map-canvas:not(.is-gesture)',
  },
  naive: {
    async chooser(page) {
      const input = page.locator('input[type=file]');
      await input.waitFor({ state: 'attached' });
      return (file) => input.setInputFiles(file);
    },
    drawn: '.react-flow__node',
    nodes: '.react-flow__node',
  },
};

const zoomOf = (page) =>
  page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a);

/**
 * A point between two rows of the generated map's clusters (bench/generateMap.mjs: rows 1,400
 * apart, nodes in the top 834), near the middle of the screen, where a press lands on the pane
 * itself and so pans. Between the rows lie the links joining them: in the naive app every link
 * is an SVG edge, which React Flow marks not to pan, and fitted to the screen they cover much of
 * it, so the point is moved along the row's gap to the first one that is bare pane.
 */
async function emptySpot(page) {
  const [ty, z] = await page.evaluate(() => {
    const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
    return [m.f, m.a];
  });
  const pane = await page.locator('.react-flow').first().boundingBox();
  const my = (VIEWPORT.height / 2 - pane.y - ty) / z;
  const k = Math.round((my - 1117) / 1400);
  const rows = [0, -1, 1].map((step) => pane.y + ty + ((k + step) * 1400 + 1117) * z);
  const y = rows.find((row) => row > pane.y + 150 && row < pane.y + pane.height - 150) ?? rows[0];
  const x = await page.evaluate(
    ({ y, left, width }) => {
      for (let dx = 0; dx < width / 3; dx += 2) {
        for (const x of [left + width / 2 + dx, left + width / 2 - dx]) {
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return x;
        }
      }
      return null;
    },
    { y, left: pane.x, width: pane.width },
  );
  if (x === null) throw new Error(`No bare pane to press on to pan, along y = ${y.toFixed(0)}`);
  return { x, y };
}

const transformOf = (page) => page.evaluate(() => document.querySelector('.react-flow__viewport').style.transform);

async function pan(page, steps = 60) {
  const { x: cx, y: cy } = await emptySpot(page);
  const before = await transformOf(page);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < steps; i++) await page.mouse.move(cx - Math.sin(i / 9) * 300, cy - Math.sin(i / 13) * 100);
  await page.mouse.up();
  // It ends away from where it started: a press that did not pan (a drag of a link or node) measured something else.
  if ((await transformOf(page)) === before) throw new Error('The pan did not move the map');
}

async function wheel(page, deltas) {
  await page.mouse.move(VIEWPORT.width / 2 + 40, VIEWPORT.height / 2 + 20);
  for (const dy of deltas) await page.mouse.wheel(0, dy);
}

/** Wheel in (or out) at the centre until the zoom reaches `target`. */
async function wheelTo(page, target) {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  for (let i = 0; i < 80; i++) {
    const z = await zoomOf(page);
    if (Math.abs(Math.log(z / target)) < 0.08) return z;
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, -Math.log2(target / z) / 0.002)));
    await page.waitForFunction((before) => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a !== before, z, { polling: 'raf', timeout: 5000 }).catch(() => {});
  }
  return zoomOf(page);
}

/**
 * Until the map is drawn, checked in the page every frame. Not a locator's waitFor: Playwright
 * polls one after 0, 20, 50, 100 and 100 ms, then every 500 ms, so a map drawn just after a
 * poll was seen up to half a second late (more on a busy page), for either app.
 */
export const waitUntilDrawn = (page, selector) =>
  page.waitForFunction((s) => document.querySelector(s) !== null, selector, { polling: 'raf', timeout: 120_000 });

/** Until the app has finished what it does once the camera rests (it mounts DOM nodes a slice a frame), then 300 ms more. */
async function settle(page, app) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  if (app.rested) await page.locator(app.rested).waitFor({ timeout: 20_000 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
}

/**
 * `cpuSlowdown` > 1 runs the page on a machine that many times slower (Chromium's own CPU
 * throttling): an older council laptop, where a frame rate capped at the display's 60 Hz here
 * shows the headroom it had.
 */
export async function benchPanZoom(url, flavour, file, { cpuSlowdown = 1 } = {}) {
  const app = APPS[flavour];
  const browser = await launchBenchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url);
    await page.evaluate(() => {
      window.__openLongTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__openLongTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    const choose = await app.chooser(page);
    const started = Date.now();
    await choose(file);
    await waitUntilDrawn(page, app.drawn);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const firstDrawMs = Date.now() - started;
    await settle(page, app);
    const fittedZoom = await zoomOf(page);
    const probe = await cpuProbe(browser, page);
    const gestures = async () => {
      await pan(page);
      await wheel(page, [...Array(8).fill(-100), ...Array(8).fill(100)]);
    };
    const fitted = await frameStats(page, gestures, probe);
    const fittedDom = await page.locator(app.nodes).count();

    const workingZoom = await wheelTo(page, WORKING_ZOOM);
    await settle(page, app);
    const working = await frameStats(page, gestures, probe);
    const workingDom = await page.locator(app.nodes).count();

    // From working zoom out to the whole map and back, twice: through the switch each way.
    const steps = Math.ceil(Math.log2(workingZoom / fittedZoom) / (100 * 0.002));
    const across = await frameStats(page, () => wheel(page, [...Array(steps).fill(100), ...Array(steps).fill(-100), ...Array(steps).fill(100), ...Array(steps).fill(-100)]), probe);
    // The same wheel out and back in, but coming to rest at each end: what the camera at rest
    // sets off (in our app, the DOM nodes mounted a slice a frame, the names placed, the links
    // drawn) is measured too, which one continuous wheel never lets happen.
    await settle(page, app);
    const resting = await frameStats(
      page,
      async () => {
        await wheel(page, Array(steps).fill(100));
        await settle(page, app);
        await wheel(page, Array(steps).fill(-100));
        await settle(page, app);
      },
      probe,
    );
    const openLongTasks = await page.evaluate(() => window.__openLongTasks);
    return { flavour, firstDrawMs, openLongestMs: Math.max(0, ...openLongTasks), fittedZoom, workingZoom, fittedDom, workingDom, fitted, working, across, resting };
  } finally {
    await browser.close();
  }
}
