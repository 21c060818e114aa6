import { describe, expect, it } from 'vitest';
import { maskIdNumber } from './mask.ts';

describe('maskIdNumber (PI-1)', () => {
  it.each([
    ['31010119900101123X', '3101**********123X'],
    ['3101**********123X', '3101**********123X'],
    ['1234', '****'],
    ['', ''],
  ])('%s -> %s', (input, expected) => expect(maskIdNumber(input)).toBe(expected));
});
