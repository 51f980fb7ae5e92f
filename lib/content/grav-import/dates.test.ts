import { describe, expect, it } from 'vitest';
import { toZonedIso } from '../dates';
import { canonicalDate, readGravDate } from './dates';

const ALMATY = { timeZone: 'Asia/Almaty' };
const local = (text: string, rules: { format?: string; timeZone: string } = ALMATY) => {
  const read = readGravDate(text, rules);
  if (!read.ok) throw new Error(read.reason);
  return toZonedIso(read.instant, 'Asia/Almaty').slice(0, 16);
};

describe('readGravDate: what PHP reads with no dateformat set', () => {
  it.each([
    ['2020/06/21 13:08', '2020-06-21T13:08', 'year/month/day with slashes'],
    ['21:18 13-03-2019', '2019-03-13T21:18', 'time first, day-month-year'],
    ['22:23 06/12/2010', '2010-06-12T22:23', 'time first, slashes: month first'],
    ['13:34 06/07/2017 ', '2017-06-07T13:34', "Grav's skeletons, trailing space"],
    ['09-01-2023 10:00', '2023-01-09T10:00', 'Admin default d-m-Y H:i'],
    ['09.01.2023', '2023-01-09T00:00', 'd.m.Y'],
    ['09.01.23 07:05', '2023-01-09T07:05', 'd.m.y'],
    ['09-01-23', '2009-01-23T00:00', 'two-digit first number with dashes is y-m-d'],
    ['2023-01-09 10:00:30', '2023-01-09T10:00', 'ISO with seconds'],
    ['2023-01-09T10:00:00+05:00', '2023-01-09T11:00', 'ISO with an offset (Almaty was +06 then)'],
    ['2023-01-09T04:00:00Z', '2023-01-09T10:00', 'ISO in UTC'],
    ['01/09/2023 10:00 pm', '2023-01-09T22:00', 'm/d/Y h:i a'],
    ['10:00 am 01/09/2023', '2023-01-09T10:00', 'h:i a m/d/Y'],
    ['June 21, 2020', '2020-06-21T00:00', 'month name first'],
    ['21 Jun 2020 9pm', '2020-06-21T21:00', 'day first, month name, hour with am/pm'],
    ['Sunday, 21-Jun-2020 08:15', '2020-06-21T08:15', 'day name and month name'],
    ['@1592745600', '2020-06-21T19:20', 'Unix time'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(local(text)).toBe(expected);
  });

  it('reads a date in the Grav site’s own zone and converts it to the site’s', () => {
    expect(local('09-01-2023 10:00', { timeZone: 'Europe/Berlin' })).toBe('2023-01-09T15:00');
  });

  it('says which dates could be read the other way round, with Grav’s choice', () => {
    const slashes = readGravDate('22:23 06/12/2010', ALMATY);
    expect(slashes.ok && slashes.ambiguous).toMatch(/month first \(12 June 2010\).*6 December 2010/);
    const dashes = readGravDate('05-04-2021', ALMATY);
    expect(dashes.ok && dashes.ambiguous).toMatch(/day first \(5 April 2021\).*4 May 2021/);
    const clear = readGravDate('13-04-2021', ALMATY);
    expect(clear.ok && clear.ambiguous).toBeUndefined();
  });

  it('refuses what no reading makes a date, saying what it found', () => {
    expect(readGravDate('31/02/2020', ALMATY)).toEqual({ ok: false, reason: expect.stringContaining('month 31') });
    expect(readGravDate('30-02-2020', ALMATY)).toEqual({ ok: false, reason: expect.stringContaining('day 30 does not exist') });
    expect(readGravDate('soon', ALMATY)).toEqual({ ok: false, reason: "'soon' is not a date Grav could read" });
  });
});

describe('readGravDate: with the site’s pages.dateformat.default', () => {
  it.each([
    ['d-m-Y H:i', '09-01-2023 10:00', '2023-01-09T10:00'],
    ['Y-m-d H:i', '2023-01-09 10:00', '2023-01-09T10:00'],
    ['m/d/Y h:i a', '01/09/2023 10:00 pm', '2023-01-09T22:00'],
    ['H:i d-m-Y', '10:00 09-01-2023', '2023-01-09T10:00'],
    ['h:i a m/d/Y', '10:00 am 01/09/2023', '2023-01-09T10:00'],
    ['d/m/Y H:i', '09/01/2023 10:00', '2023-01-09T10:00'],
    ['j F Y, G:i', '9 January 2023, 7:05', '2023-01-09T07:05'],
    ['Y\\/m\\/d', '2023/01/09', '2023-01-09T00:00'],
  ])('%s reads %s', (format, text, expected) => {
    expect(local(text, { format, timeZone: 'Asia/Almaty' })).toBe(expected);
  });

  it('falls back to PHP’s parser when the format does not match, as date2timestamp does', () => {
    expect(local('2023-01-09 10:00', { format: 'd/m/Y H:i', timeZone: 'Asia/Almaty' })).toBe('2023-01-09T10:00');
  });

  it('lets a format read day first what PHP alone would read month first', () => {
    expect(local('09/01/2023 10:00', { format: 'd/m/Y H:i', timeZone: 'Asia/Almaty' })).toBe('2023-01-09T10:00');
    expect(local('09/01/2023 10:00')).toBe('2023-09-01T10:00');
  });
});

describe('canonicalDate', () => {
  it('writes the form the site reads, in the site’s zone', () => {
    const read = readGravDate('2020/06/21 13:08', ALMATY);
    expect(read.ok && canonicalDate(read.instant, 'Asia/Almaty')).toBe('21-06-2020 13:08');
  });
});
