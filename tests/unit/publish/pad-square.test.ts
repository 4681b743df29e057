import { describe, expect, it } from 'vitest';
import { squareLayout } from '@/utils/publish/pad-square';

describe('padding a photo to square keeps all of it, centred', () => {
  it.each([
    { size: [1200, 800], expected: { side: 1200, x: 0, y: 200 } },
    { size: [800, 1200], expected: { side: 1200, x: 200, y: 0 } },
    { size: [801, 800], expected: { side: 801, x: 0, y: 0 } },
    { size: [500, 500], expected: { side: 500, x: 0, y: 0 } },
  ])('$size → $expected', ({ size, expected }) => {
    expect(squareLayout(size[0]!, size[1]!)).toEqual(expected);
  });
});
