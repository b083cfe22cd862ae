import { describe, expect, it } from 'vitest';
import { compareQuantities, isQuantity, parseQuantity, parseQuantityMillis, quantityWholeUnits } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['500m', 0.5],
    ['1Gi', 2 ** 30],
    ['1e3', 1000],
    ['0.5', 0.5],
    [2, 2],
  ])('reads %j as %d base units', (text, expected) => {
    expect(parseQuantity(text)).toBeCloseTo(expected);
  });

  it('refuses what the API server cannot decode', () => {
    expect(isQuantity('1 GB')).toBe(false);
    expect(isQuantity('1.2.3')).toBe(false);
    expect(isQuantity('5mm')).toBe(false);
    expect(isQuantity(true)).toBe(false);
  });
});

describe('parseQuantityMillis', () => {
  it('is exact for any size and rounds up to a thousandth, away from zero', () => {
    expect(parseQuantityMillis('1.5Gi')).toBe(1610612736000n);
    expect(parseQuantityMillis('1Ei')).toBe(2n ** 60n * 1000n);
    expect(parseQuantityMillis('0.0001')).toBe(1n);
    expect(parseQuantityMillis('-0.0001')).toBe(-1n);
    expect(parseQuantityMillis('100n')).toBe(1n);
    expect(parseQuantityMillis(0.25)).toBe(250n);
    expect(parseQuantityMillis('x')).toBeNull();
  });
});

describe('compareQuantities', () => {
  it('compares numerically across suffixes', () => {
    expect(compareQuantities('1000m', '1')).toBe(0);
    expect(compareQuantities('0.3', '300m')).toBe(0);
    expect(compareQuantities('1Gi', '1073741824')).toBe(0);
    expect(compareQuantities('1G', '1Gi')).toBe(-1);
    expect(compareQuantities('2', 1.5)).toBe(1);
    expect(compareQuantities('2', 'two')).toBeNull();
  });
});

describe('quantityWholeUnits', () => {
  it('rounds up to whole base units like the API server', () => {
    expect(quantityWholeUnits('2Mi')).toBe(2097152n);
    expect(quantityWholeUnits('1500m')).toBe(2n);
  });
});
