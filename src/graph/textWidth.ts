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
