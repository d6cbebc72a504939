import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * How many pixels of a screen region are strongly coloured or dark (not the white or pale map
 * ground): a measure of how much of the map is drawn there. Decodes Playwright's PNG (8-bit
 * RGB or RGBA, not interlaced) without a dependency.
 */
export async function inkedPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = await page.screenshot({ clip });
  const { width, height, channels, data } = decodePng(png);
  let inked = 0;
  const stride = width * channels;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * stride + x * channels;
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      if (Math.min(r, g, b) < 170) inked++;
    }
  }
  return inked;
}

/**
 * The inked pixels once the drawing has come to rest: the picture, its links' canvas and its
 * labels are drawn over several frames, so one early look can catch half a map.
 */
export async function settledInkedPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  let last = await inkedPixels(page, clip);
  // Three looks alike in a row: on a loaded machine one frame can take longer than a pause.
  for (let tries = 0, alike = 0; tries < 40; tries++) {
    await page.waitForTimeout(150);
    const now = await inkedPixels(page, clip);
    alike = Math.abs(now - last) <= Math.max(50, last * 0.01) ? alike + 1 : 0;
    if (alike === 2) return now;
    last = now;
  }
  throw new Error(`the map in ${JSON.stringify(clip)} never stopped changing (last ${last} inked pixels)`);
}

function decodePng(png: Buffer): { width: number; height: number; channels: number; data: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = body[9] === 2 ? 3 : 4;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const pred = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return { width, height, channels, data: out };
}
