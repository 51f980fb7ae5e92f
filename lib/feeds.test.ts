import { describe, expect, it } from 'vitest';
import { rfc822 } from './feeds';

describe('rfc822', () => {
  it.each([
    ['2023-01-09T04:00:00Z', 'Mon, 09 Jan 2023 10:00:00 +0600', 'Almaty before March 2024'],
    ['2024-06-01T05:00:00Z', 'Sat, 01 Jun 2024 10:00:00 +0500', 'Almaty after March 2024'],
    ['2022-12-31T19:30:00Z', 'Sun, 01 Jan 2023 01:30:00 +0600', 'the local day, not the UTC one'],
  ])('%s → %s (%s)', (iso, expected, _why) => {
    expect(rfc822(new Date(iso), 'Asia/Almaty')).toBe(expected);
  });
});
