// Grav date strings → instants, read in the site's time zone the way Grav (PHP's date parser) reads them.
// Never `new Date(string)`: V8 reads '09-01-2023' as 1 September, PHP (and so Grav) as 9 January.

export const EXPECTED_DATE_FORMS = 'dd-mm-yyyy HH:MM, dd-mm-yyyy, mm/dd/yyyy HH:MM or yyyy-mm-dd HH:MM';

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type DateResult = { ok: true; date: Date } | { ok: false; reason: string };

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`;
// PHP: dashes or dots with a 4-digit year are day-month-year ('09-01-2023' is 9 January).
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?:[ T]${TIME})?$`);
// PHP: slashes are American month/day; Grav's skeletons put the time first ('17:34 06/27/2017').
const MONTH_DAY_YEAR = new RegExp(String.raw`^(?:${TIME}\s+)?(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+${TIME})?$`);
// ISO, with an optional explicit offset that then wins over the site's zone.
const ISO = new RegExp(
  String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]${TIME}(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$`,
);
// PHP: dashes with a 2-digit year flip to year-month-day ('09-01-23' is 23 January 2009).
const SHORT_YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{2})-(\d{1,2})-(\d{1,2})(?:\s+${TIME})?$`);

function num(value: string | undefined, fallback = 0): number {
  return value === undefined ? fallback : Number(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a wall-clock reading cannot exist (month 13, 30 February, 25:00), or null. */
export function localDateProblem(local: LocalDateTime): string | null {
  if (local.month < 1 || local.month > 12) return `month ${local.month} does not exist`;
  if (local.day < 1 || local.day > daysInMonth(local.year, local.month)) {
    return `day ${local.day} does not exist in ${local.year}-${String(local.month).padStart(2, '0')}`;
  }
  if (local.hour > 23 || local.minute > 59 || local.second > 59) return 'the time is not a valid time of day';
  return null;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** A formatter of the wall clock in `timeZone`, made once per zone: making one costs far more than using it. */
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (Asia/Almaty: +360 before March 2024, +300 after). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `local` (real tz data, not a fixed offset).
 * A wall time that happens twice (Almaty set clocks back an hour on 1 March 2024) is its first
 * occurrence, as PHP does; one that never happens (a gap) is read with the offset before the gap.
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const day = 24 * 3600 * 1000;
  const offsets = [zoneOffsetMinutes(new Date(wall - day), timeZone), zoneOffsetMinutes(new Date(wall + day), timeZone)];
  const candidates = offsets
    .map((offset) => wall - offset * 60000)
    .filter((instant) => wall - zoneOffsetMinutes(new Date(instant), timeZone) * 60000 === instant)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - offsets[0] * 60000);
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

function matchLocal(text: string): { local: LocalDateTime; offset?: string } | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    return {
      local: { day: num(m[1]), month: num(m[2]), year: num(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]) },
    };
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    if (m[1] !== undefined && m[7] !== undefined) return null; // a time on both sides
    const hour = m[1] ?? m[7];
    const minute = m[2] ?? m[8];
    const second = m[3] ?? m[9];
    return {
      local: { month: num(m[4]), day: num(m[5]), year: num(m[6]), hour: num(hour), minute: num(minute), second: num(second) },
    };
  }
  m = ISO.exec(text);
  if (m) {
    return {
      local: { year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]) },
      offset: m[7],
    };
  }
  m = SHORT_YEAR_MONTH_DAY.exec(text);
  if (m) {
    return {
      local: { year: 2000 + num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]) },
    };
  }
  return null;
}

/**
 * Reads a front-matter date as Grav does, in `timeZone` unless the text carries its own offset.
 * Accepts the string forms Grav's Admin and skeletons write; YAML must hand dates over as strings
 * (YAML 1.2 does), so an unquoted `2023-01-09` is local midnight, not UTC midnight.
 */
export function parseGravDate(value: unknown, timeZone: string): DateResult {
  if (typeof value !== 'string') {
    return { ok: false, reason: `expected a date as text (${EXPECTED_DATE_FORMS})` };
  }
  const text = value.trim();
  const matched = matchLocal(text);
  if (!matched) return { ok: false, reason: `expected ${EXPECTED_DATE_FORMS}` };
  const problem = localDateProblem(matched.local);
  if (problem) return { ok: false, reason: `${problem} (expected ${EXPECTED_DATE_FORMS})` };
  if (matched.offset !== undefined) {
    const { year, month, day, hour, minute, second } = matched.local;
    const wall = Date.UTC(year, month - 1, day, hour, minute, second);
    return { ok: true, date: new Date(wall - parseOffset(matched.offset) * 60000) };
  }
  return { ok: true, date: zonedTimeToInstant(matched.local, timeZone) };
}

/** ISO 8601 with the zone's offset at that instant: `2023-01-09T10:00:00+06:00`. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const shifted = new Date(instant.getTime() + offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${shifted.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** `dd-mm-yyyy HH:MM` in the zone, the form Grav's Admin writes. */
export function formatGravDate(instant: Date, timeZone: string): string {
  const iso = toZonedIso(instant, timeZone);
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}
