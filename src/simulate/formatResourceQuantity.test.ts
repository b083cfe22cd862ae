import { expect, it } from 'vitest';
import { parseQuantityMillis } from '../model/quantity';
import { formatResourceQuantity } from './formatResourceQuantity';

it('writes quantities the way people write them', () => {
  const format = (resource: string, text: string) => formatResourceQuantity(resource, parseQuantityMillis(text)!);
  expect(format('cpu', '250m')).toBe('250m');
  expect(format('cpu', '2000m')).toBe('2');
  expect(format('cpu', '1.5')).toBe('1500m');
  expect(format('memory', '256Mi')).toBe('256Mi');
  expect(format('memory', '1024Mi')).toBe('1Gi');
  expect(format('memory', '1G')).toBe('1000000000');
  expect(format('memory', '1536Ki')).toBe('1536Ki');
});
