// Dates as a Grav site read them, for the importer. Grav (Utils::date2timestamp) tries the page's
// `dateformat:` or the site's `pages.dateformat.default` with PHP's DateTime::createFromFormat, and
// when there is none or it does not match, PHP's own parser (strtotime). The site itself accepts
// only a few fixed forms (lib/content/dates.ts); the importer writes every date in one of them.

import { formatGravDate, localDateProblem, zonedTimeToInstant, type LocalDateTime } from '../dates';

export type GravDateReading =
  | {
      ok: true;
      /** The instant Grav meant. */
      instant: Date;
      /** Set when the numbers could be read the other way round: what Grav chose, in words. */
      ambiguous?: string;
    }
  | { ok: false; reason: string };

export interface GravDateRules {
  /** The page's `dateformat:`, else the site's `pages.dateformat.default` (a PHP date format). */
  format?: string;
  /** The zone the Grav site read dates in (its `timezone:`), where a date carries no offset. */
  timeZone: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_NAME = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** PHP's two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length > 2 ? year : year < 70 ? 2000 + year : 1900 + year;
}

function hour12(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

interface Parsed {
  local: LocalDateTime;
  /** Minutes east of UTC, when the text names its zone. */
  offset?: number;
  ambiguous?: string;
}

function offsetMinutes(text: string): number {
  if (/^(?:z|utc|gmt)$/i.test(text)) return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return text.startsWith('-') ? -minutes : minutes;
}

// ---------------------------------------------------------------------------------------------
// PHP DateTime::createFromFormat, for the format characters date formats use.

const FORMAT_TOKENS: Record<string, string> = {
  d: String.raw`(\d{2})`,
  j: String.raw`(\d{1,2})`,
  m: String.raw`(\d{2})`,
  n: String.raw`(\d{1,2})`,
  Y: String.raw`(\d{4})`,
  y: String.raw`(\d{2})`,
  H: String.raw`(\d{2})`,
  G: String.raw`(\d{1,2})`,
  h: String.raw`(\d{2})`,
  g: String.raw`(\d{1,2})`,
  i: String.raw`(\d{2})`,
  s: String.raw`(\d{2})`,
  a: '(am|pm)',
  A: '(am|pm)',
  M: '([a-z]{3})',
  F: '([a-z]+)',
  D: '(?:[a-z]{3})',
  l: '(?:[a-z]+)',
  S: '(?:st|nd|rd|th)',
  U: String.raw`(-?\d+)`,
  P: String.raw`([+-]\d{2}:\d{2}|z)`,
  O: String.raw`([+-]\d{4}|z)`,
  T: '([a-z]{1,5}|[+-]\\d{2}:?\\d{2})',
};

/** Reads `text` with a PHP date format, as createFromFormat does; null when it does not match exactly. */
export function readWithPhpFormat(format: string, text: string): Parsed | null {
  let pattern = '';
  const fields: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '\\' && i + 1 < format.length) {
      pattern += format[++i].replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    } else if (char === '!' || char === '|') {
      continue; // reset unset fields to zero: what this reader does anyway
    } else if (char === ' ') {
      pattern += String.raw`\s*`;
    } else if (FORMAT_TOKENS[char]) {
      pattern += FORMAT_TOKENS[char];
      if (FORMAT_TOKENS[char].startsWith('(') && !FORMAT_TOKENS[char].startsWith('(?:')) fields.push(char);
    } else {
      pattern += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }
  }
  const match = new RegExp(`^${pattern}$`, 'i').exec(text);
  if (!match) return null;
  const local: LocalDateTime = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let meridiem: string | undefined;
  let offset: number | undefined;
  for (const [index, field] of fields.entries()) {
    const value = match[index + 1];
    if ('dj'.includes(field)) local.day = Number(value);
    else if ('mn'.includes(field)) local.month = Number(value);
    else if ('MF'.includes(field)) local.month = monthNumber(value);
    else if ('Yy'.includes(field)) local.year = fullYear(value);
    else if ('HGhg'.includes(field)) local.hour = Number(value);
    else if (field === 'i') local.minute = Number(value);
    else if (field === 's') local.second = Number(value);
    else if ('aA'.includes(field)) meridiem = value;
    else if ('POT'.includes(field)) offset = /^[a-z]+$/i.test(value) && !/^(?:z|utc|gmt)$/i.test(value) ? undefined : offsetMinutes(value);
    else if (field === 'U') return { local: unixLocal(Number(value)), offset: 0 };
  }
  if (local.month === 0) return null;
  local.hour = hour12(local.hour, meridiem);
  return { local, offset };
}

function unixLocal(seconds: number): LocalDateTime {
  const date = new Date(seconds * 1000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() };
}

// ---------------------------------------------------------------------------------------------
// PHP's free-form parser (strtotime), for the date and time forms blog posts contain. The time may
// stand before or after the date ('21:18 13-03-2019', '2020/06/21 13:08').

const TIME_TOKEN = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?([ap]\.?m\.?)?(z|[+-]\d{2}:?\d{2})?$/i;
const HOUR_TOKEN = /^(\d{1,2})([ap]\.?m\.?)$/i;
const MERIDIEM_TOKEN = /^[ap]\.?m\.?$/i;
const ZONE_TOKEN = /^(?:z|utc|gmt|[+-]\d{2}:?\d{2})$/i;

interface DateForm {
  pattern: RegExp;
  read: (m: RegExpExecArray) => { year: number; month: number; day: number; swappable?: 'slash' | 'dash' };
}

const DATE_FORMS: DateForm[] = [
  // ISO and its slashed form: year first is never ambiguous.
  { pattern: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  // Slashes: American month/day/year.
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/, read: (m) => ({ month: +m[1], day: +m[2], year: fullYear(m[3]), swappable: 'slash' }) },
  // Dashes or dots with a four-digit year: day-month-year.
  { pattern: /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/, read: (m) => ({ day: +m[1], month: +m[2], year: +m[3], swappable: 'dash' }) },
  // Dots with a two-digit year: day.month.year.
  { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/, read: (m) => ({ day: +m[1], month: +m[2], year: fullYear(m[3]), swappable: 'dash' }) },
  // Dashes with a two-digit first number: year-month-day ('09-01-23' is 23 January 2009).
  { pattern: /^(\d{2})-(\d{1,2})-(\d{1,2})$/, read: (m) => ({ year: fullYear(m[1]), month: +m[2], day: +m[3] }) },
  // Month names: '21 June 2020', '21-Jun-2020', 'June 21, 2020', 'Jun 21st 2020', '2020-Jun-21'.
  { pattern: new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s.-]*${MONTH_NAME}[\s.,-]*(\d{4}|\d{2})$`, 'i'), read: (m) => ({ day: +m[1], month: monthNumber(m[2]), year: fullYear(m[3]) }) },
  { pattern: new RegExp(String.raw`^${MONTH_NAME}[\s.-]*(\d{1,2})(?:st|nd|rd|th)?[\s.,-]+(\d{4})$`, 'i'), read: (m) => ({ month: monthNumber(m[1]), day: +m[2], year: +m[3] }) },
  { pattern: new RegExp(String.raw`^(\d{4})-${MONTH_NAME}-(\d{1,2})$`, 'i'), read: (m) => ({ year: +m[1], month: monthNumber(m[2]), day: +m[3] }) },
];

/** Reads `text` as PHP's parser reads these forms; null when it is none of them. */
export function readFreeForm(input: string): Parsed | null {
  let text = input.trim().replace(DAY_NAME, '').trim();
  if (/^@-?\d+$/.test(text)) return { local: unixLocal(Number(text.slice(1))), offset: 0 };
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset: number | undefined;
  const rest: string[] = [];
  const tokens = text.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ').split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const time = TIME_TOKEN.exec(token) ?? HOUR_TOKEN.exec(token);
    if (time) {
      const meridiem = TIME_TOKEN.test(token) ? time[4] ?? (MERIDIEM_TOKEN.test(tokens[i + 1] ?? '') ? tokens[++i] : undefined) : time[2];
      hour = hour12(Number(time[1]), meridiem);
      minute = TIME_TOKEN.test(token) ? Number(time[2]) : 0;
      second = TIME_TOKEN.test(token) ? Number(time[3] ?? 0) : 0;
      if (TIME_TOKEN.test(token) && time[5]) offset = offsetMinutes(time[5]);
    } else if (ZONE_TOKEN.test(token) && rest.length + i > 0) {
      offset = offsetMinutes(token);
    } else {
      rest.push(token);
    }
  }
  text = rest.join(' ').replace(/,$/, '').trim();
  for (const form of DATE_FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const { year, month, day, swappable } = form.read(match);
    const local = { year, month, day, hour, minute, second };
    let ambiguous: string | undefined;
    if (swappable && month !== day && month <= 12 && day <= 12) {
      ambiguous = swappable === 'slash'
        ? `'${input.trim()}' has slashes, so Grav read it month first (${monthWords(local)}); if the author meant day first it is ${monthWords({ ...local, month: day, day: month })}`
        : `'${input.trim()}' has dashes or dots, so Grav read it day first (${monthWords(local)}); if the author meant month first it is ${monthWords({ ...local, month: day, day: month })}`;
    }
    return { local, offset, ambiguous };
  }
  return null;
}

function monthWords(local: LocalDateTime): string {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${local.day} ${names[local.month - 1] ?? `month ${local.month}`} ${local.year}`;
}

/**
 * The instant a Grav site meant by a front-matter date: its format first (createFromFormat), then
 * PHP's parser, as Utils::date2timestamp does. `value` is the YAML value as a string.
 */
export function readGravDate(value: string, rules: GravDateRules): GravDateReading {
  const text = value.trim();
  const parsed = (rules.format ? readWithPhpFormat(rules.format, text) : null) ?? readFreeForm(text);
  if (!parsed) return { ok: false, reason: `'${text}' is not a date Grav could read` };
  const problem = localDateProblem(parsed.local);
  if (problem) return { ok: false, reason: `'${text}': ${problem}` };
  const instant = parsed.offset === undefined
    ? zonedTimeToInstant(parsed.local, rules.timeZone)
    : new Date(Date.UTC(parsed.local.year, parsed.local.month - 1, parsed.local.day, parsed.local.hour, parsed.local.minute, parsed.local.second) - parsed.offset * 60000);
  return { ok: true, instant, ...(parsed.ambiguous ? { ambiguous: parsed.ambiguous } : {}) };
}

/** The site's canonical form of an instant, in its zone: `dd-mm-yyyy HH:MM` (Grav Admin's own). */
export function canonicalDate(instant: Date, timeZone: string): string {
  return formatGravDate(instant, timeZone);
}
