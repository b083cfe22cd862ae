/**
 * Text width estimates, for laying out before the browser has drawn anything (and for the SVG
 * export, which has no browser to measure with). Average advance of a character as a share of the
 * font size, on the wide side (DejaVu Sans, the usual Linux fallback), so estimated text fits.
 */
const ADVANCE = { sans: 0.6, bold: 0.66, mono: 0.61 } as const;

export type TextFace = keyof typeof ADVANCE;

/** @example estimateTextWidth('web', 10, 'mono') // 18.3 */
export function estimateTextWidth(text: string, fontSize: number, face: TextFace = 'sans'): number {
  return [...text].length * fontSize * ADVANCE[face];
}

/** How many lines `text` wraps to in `width` (at least 1, at most `maxLines`). */
export function estimateLines(text: string, fontSize: number, width: number, face: TextFace, maxLines: number): number {
  const lines = Math.ceil(estimateTextWidth(text, fontSize, face) / Math.max(1, width));
  return Math.min(maxLines, Math.max(1, lines));
}

/** How many characters fit in `width`. */
export function charactersThatFit(width: number, fontSize: number, face: TextFace = 'sans'): number {
  return Math.max(1, Math.floor(width / (fontSize * ADVANCE[face])));
}

/** Where an image reference may break: after a path separator, the tag's colon or the digest's at. */
export const REFERENCE_BREAKS: ReadonlySet<string> = new Set(['/', ':', '@']);

/**
 * Text broken into lines of `perLine` characters, each line ending after the last of `breakAfter`
 * that fits in its second half (so `registry/team/app:1.2` breaks between its parts), or anywhere when none does, as
 * a browser wraps with `overflow-wrap: anywhere` and break opportunities.
 * @example wrapText('ghcr.io/acme/shop-backend:2.4.1', 20) // ['ghcr.io/acme/', 'shop-backend:2.4.1']
 */
export function wrapText(text: string, perLine: number, breakAfter = REFERENCE_BREAKS): string[] {
  const characters = [...text];
  const lines: string[] = [];
  let start = 0;
  while (characters.length - start > perLine) {
    let end = start + perLine;
    // A separator early in the line would waste it: break there only past its middle.
    for (let index = start + perLine - 1; index >= start + perLine / 2; index--)
      if (breakAfter.has(characters[index]!)) {
        end = index + 1;
        break;
      }
    lines.push(characters.slice(start, end).join(''));
    start = end;
  }
  lines.push(characters.slice(start).join(''));
  return lines;
}
