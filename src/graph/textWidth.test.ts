import { describe, expect, it } from 'vitest';
import { charactersThatFit, estimateLines, wrapText } from './textWidth';

describe('wrapText', () => {
  it('breaks an image reference after a separator in the second half of the line', () => {
    expect(wrapText('ghcr.io/acme/shop-backend:2.4.1', 20)).toEqual(['ghcr.io/acme/', 'shop-backend:2.4.1']);
    expect(wrapText('nginxinc/nginx-unprivileged:1.27-alpine', 29)).toEqual([
      'nginxinc/nginx-unprivileged:',
      '1.27-alpine',
    ]);
  });

  it('breaks anywhere when no separator is far enough along, and keeps every character', () => {
    const digest = 'worker@sha256:4f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a09f';
    const lines = wrapText(digest, 16);
    expect(lines.join('')).toBe(digest);
    expect(lines.every((line) => line.length <= 16)).toBe(true);
    expect(wrapText('a/bcdefghijkl', 5, new Set())).toEqual(['a/bcd', 'efghi', 'jkl']);
  });
});

describe('text estimates', () => {
  it('count characters and lines from the font size', () => {
    expect(charactersThatFit(61, 10, 'mono')).toBe(10);
    expect(estimateLines('x'.repeat(25), 10, 61, 'mono', 5)).toBe(3);
    expect(estimateLines('x'.repeat(25), 10, 61, 'mono', 2)).toBe(2);
    expect(estimateLines('', 10, 61, 'mono', 2)).toBe(1);
  });
});
