import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPLE_TOUCH_ICON, MANIFEST_ICONS, THEME_COLOR } from '../vite.pwa.ts';

const publicFile = (name: string) => new URL(`../public/${name}`, import.meta.url);

/** Width and height from a PNG's header (the IHDR chunk follows the 8-byte signature). */
function pngSize(file: URL): string {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe('the installed app’s icons (npm run icons draws them)', () => {
  for (const icon of [...MANIFEST_ICONS, APPLE_TOUCH_ICON]) {
    it(`public/${icon.src} is a ${icon.sizes} PNG`, () => {
      expect(pngSize(publicFile(icon.src))).toBe(icon.sizes);
    });
  }

  it('index.html links the iOS icon and the theme colour of the web manifest', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    expect(html).toContain(`<link rel="apple-touch-icon" href="/${APPLE_TOUCH_ICON.src}" />`);
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLOR}" />`);
  });
});
