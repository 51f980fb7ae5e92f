import { describe, expect, it } from 'vitest';
import { formatGravDate, parseGravDate, toZonedIso } from './dates';

const ZONE = 'Asia/Almaty';

function parsed(text: unknown): string {
  const result = parseGravDate(text, ZONE);
  if (!result.ok) throw new Error(result.reason);
  return result.date.toISOString();
}

describe('parseGravDate', () => {
  it.each([
    // input, expected UTC instant, why
    ['09-01-2023 10:00', '2023-01-09T04:00:00.000Z', 'dashes are day-month-year: 9 January, Almaty UTC+6 in 2023'],
    ['25-12-2023', '2023-12-24T18:00:00.000Z', 'date only is local midnight'],
    ['25-12-2023 09:30:15', '2023-12-25T03:30:15.000Z', 'seconds are kept'],
    ['09.01.2023 10:00', '2023-01-09T04:00:00.000Z', 'dots read like dashes (PHP)'],
    ['01-06-2024 10:00', '2024-06-01T05:00:00.000Z', 'Almaty is UTC+5 after 1 March 2024'],
    ['29-02-2024 22:59', '2024-02-29T16:59:00.000Z', 'before the change, UTC+6'],
    ['29-02-2024 23:30', '2024-02-29T17:30:00.000Z', 'clocks went back at midnight: 23:00-23:59 happen twice; the first counts (PHP)'],
    ['01-03-2024 10:00', '2024-03-01T05:00:00.000Z', 'the first day at UTC+5'],
    ['06/27/2017 17:34', '2017-06-27T11:34:00.000Z', 'slashes are American month/day'],
    ['17:34 06/27/2017', '2017-06-27T11:34:00.000Z', "Grav skeletons write the time first"],
    ['2023-01-09', '2023-01-08T18:00:00.000Z', 'ISO date (an unquoted YAML date arrives as this string) is local midnight, not UTC'],
    ['2023-01-09 10:00', '2023-01-09T04:00:00.000Z', 'ISO with a time'],
    ['2023-01-09T10:00:00+03:00', '2023-01-09T07:00:00.000Z', 'an explicit offset wins over the zone'],
    ['2023-01-09T10:00:00Z', '2023-01-09T10:00:00.000Z', 'Z is UTC'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(parsed(input)).toBe(expected);
  });

  it('reads a 2-digit year with dashes as year-month-day, as PHP does (09-01-23 is 23 January 2009)', () => {
    expect(toZonedIso(new Date(parsed('09-01-23')), ZONE)).toBe('2009-01-23T00:00:00+06:00');
  });

  it('never reads 09-01-2023 as 1 September, unlike new Date()', () => {
    expect(new Date('09-01-2023 10:00').getMonth()).toBe(8); // V8: September
    expect(toZonedIso(new Date(parsed('09-01-2023 10:00')), ZONE).slice(0, 10)).toBe('2023-01-09');
  });

  it.each([
    ['31-02-2023 10:00', 'day 31 does not exist in 2023-02'],
    ['29-02-2023', 'day 29 does not exist in 2023-02'],
    ['08-21-2018', 'month 21 does not exist'],
    ['09-01-2023 25:00', 'not a valid time'],
    ['13/01/2023', 'month 13 does not exist'],
    ['next tuesday', 'expected dd-mm-yyyy HH:MM'],
    ['', 'expected dd-mm-yyyy HH:MM'],
  ])('rejects %s (%s)', (input, reason) => {
    const result = parseGravDate(input, ZONE);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('rejects non-text values with the expected forms', () => {
    const result = parseGravDate(1673236800, ZONE);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('dd-mm-yyyy HH:MM') });
  });
});

describe('formatting', () => {
  const instant = new Date('2023-01-09T04:00:00Z');
  it('gives ISO with the offset in force at that instant', () => {
    expect(toZonedIso(instant, ZONE)).toBe('2023-01-09T10:00:00+06:00');
    expect(toZonedIso(new Date('2024-06-01T05:00:00Z'), ZONE)).toBe('2024-06-01T10:00:00+05:00');
  });
  it("writes Grav's dd-mm-yyyy HH:MM back", () => {
    expect(formatGravDate(instant, ZONE)).toBe('09-01-2023 10:00');
  });
});
