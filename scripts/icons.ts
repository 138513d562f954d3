/**
 * `npm run icons`: draws the app icons for the web app manifest (public/icons/*.png) from one SVG, in
 * Chromium. The maskable ones keep the star inside the central safe zone (a circle of 80 % of the side),
 * so any launcher's mask (circle, squircle) leaves it whole. The PNGs are committed; run this after
 * changing the drawing.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const STAR = 'M16 5l3.2 6.6 7.3 1-5.3 5.1 1.3 7.2L16 21.5l-6.5 3.4 1.3-7.2-5.3-5.1 7.3-1z';

/** The favicon's star on the accent blue: "any" icons with rounded corners, maskable ones full-bleed and smaller. */
function svg(size: number, maskable: boolean): string {
  const scale = maskable ? 0.62 : 0.9;
  const offset = (32 - 32 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
<rect width="32" height="32" rx="${maskable ? 0 : 6}" fill="#1f5fbf"/>
<path transform="translate(${offset} ${offset}) scale(${scale})" d="${STAR}" fill="#fff"/></svg>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  mkdirSync('public/icons', { recursive: true });
  for (const [name, size, maskable] of [
    ['icon-192.png', 192, false],
    ['icon-512.png', 512, false],
    ['icon-maskable-192.png', 192, true],
    ['icon-maskable-512.png', 512, true],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(size, maskable)}`);
    await page.locator('svg').screenshot({ path: `public/icons/${name}`, omitBackground: true });
    await page.close();
    console.log(`public/icons/${name}`);
  }
} finally {
  await browser.close();
}
