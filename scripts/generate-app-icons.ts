// Renders the PNG icons of the installed app (public/icons/) from public/favicon.svg, in Chromium.
// Run it after changing the favicon: npm run icons. The PNGs are committed, so a build needs no
// image tool; scripts/appIcons.test.ts checks that they match the web manifest.
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { APPLE_TOUCH_ICON, MANIFEST_ICONS, THEME_COLOR } from '../vite.pwa.ts';

const publicDir = new URL('../public/', import.meta.url);
const favicon = await readFile(new URL('favicon.svg', publicDir), 'utf8');

/**
 * The page that draws one icon. `any` icons are the favicon as it is (its corners transparent);
 * a `maskable` icon fills the square with the theme colour and keeps the glyph's white tiles inside
 * the safe zone, the centred circle of 80 % diameter that every platform's mask leaves visible (at
 * 92 % scale their far corners are 35 % of the size from the centre).
 */
function iconPage(size: number, purpose: 'any' | 'maskable'): string {
  const glyph = purpose === 'maskable' ? Math.round(size * 0.92) : size;
  const background = purpose === 'maskable' ? THEME_COLOR : 'transparent';
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">
<img src="data:image/svg+xml;base64,${Buffer.from(favicon).toString('base64')}" width="${glyph}" height="${glyph}">
</body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  await mkdir(new URL('icons/', publicDir), { recursive: true });
  for (const icon of [...MANIFEST_ICONS, APPLE_TOUCH_ICON]) {
    const size = Number(icon.sizes.split('x')[0]);
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(iconPage(size, icon.purpose));
    await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
    const png = await page.screenshot({ omitBackground: icon.purpose !== 'maskable', type: 'png' });
    await writeFile(new URL(icon.src, publicDir), png);
    console.log(`public/${icon.src} (${icon.sizes}, ${icon.purpose}, ${png.length} bytes)`);
    await page.close();
  }
} finally {
  await browser.close();
}
