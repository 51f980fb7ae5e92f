import { describe, expect, it } from 'vitest';
import { formatProblem, ProblemList } from './errors';
import { buildNotice, liveNotices, NOTICE_MAX_LENGTH, type Notice } from './notices';

const ZONE = 'Asia/Almaty';

function build(text: string, lang: 'en' | 'ru' | 'kk' = 'en') {
  const problems = new ProblemList('content/notices/blood/index.md');
  const notice = buildNotice({ name: 'blood', lang, sourcePath: 'content/notices/blood/index.md', text }, ZONE, problems);
  return { notice, messages: problems.items.map(formatProblem) };
}

const front = (fields = "level: urgent\npublish_date: '01-03-2026 09:00'\nunpublish_date: '02-03-2026 18:00'\n") => `---\n${fields}---\n`;

describe('a notice', () => {
  it('reads level, Almaty dates and a text with a link', () => {
    const { notice, messages } = build(`${front()}\nGroup O− blood is **urgently** needed. [Where to give](/news/donors)\n`);
    expect(messages).toEqual([]);
    expect(notice).toMatchObject({
      level: 'urgent',
      publishAt: new Date('2026-03-01T04:00:00Z'),
      unpublishAt: new Date('2026-03-02T13:00:00Z'),
      text: 'Group O− blood is urgently needed. Where to give',
      html: '<p>Group O− blood is <strong>urgently</strong> needed. <a href="/news/donors">Where to give</a></p>',
    });
  });

  it('has an id that changes with its text, so a dismissed notice comes back when it is rewritten', () => {
    const a = build(`${front()}\nFirst text.\n`).notice!;
    const b = build(`${front()}\nSecond text.\n`).notice!;
    expect(a.id).toMatch(/^blood\./);
    expect(a.id).not.toBe(b.id);
    expect(build(`${front()}\nFirst text.\n`).notice!.id).toBe(a.id);
  });

  it.each([
    ["level: warning\npublish_date: '01-03-2026 09:00'\nunpublish_date: '02-03-2026 18:00'\n", "content/notices/blood/index.md:2: error: field 'level': expected info or urgent, found 'warning'"],
    ["level: info\nunpublish_date: '02-03-2026 18:00'\n", "content/notices/blood/index.md:2: error: field 'publish_date': is required (when the notice starts showing, e.g. 01-03-2026 09:00 in Almaty time)"],
    ["level: info\npublish_date: '01-03-2026 09:00'\n", "content/notices/blood/index.md:2: error: field 'unpublish_date': is required (when it stops: every notice ends, e.g. 01-03-2026 09:00 in Almaty time)"],
    ["level: info\npublish_date: '31-02-2026 09:00'\nunpublish_date: '02-03-2026 18:00'\n", "content/notices/blood/index.md:3: error: field 'publish_date': '31-02-2026 09:00' is not a valid date: day 31 does not exist in 2026-02 (expected dd-mm-yyyy HH:MM, dd-mm-yyyy, mm/dd/yyyy HH:MM or yyyy-mm-dd HH:MM)"],
    ["level: info\npublish_date: '02-03-2026 09:00'\nunpublish_date: '01-03-2026 18:00'\n", "content/notices/blood/index.md:4: error: field 'unpublish_date': must be after publish_date (the notice would never show)"],
  ])('refuses wrong front matter, naming the field and line: %j', (fields, message) => {
    expect(build(`${front(fields)}\nText.\n`).messages).toEqual([message]);
  });

  it('refuses more text than a banner holds, with the count', () => {
    const long = 'Donors are needed. '.repeat(20).trim();
    expect(build(`${front()}\n${long}\n`).messages).toEqual([
      `content/notices/blood/index.md:7: error: the text is ${long.length} characters long; a notice may have at most ${NOTICE_MAX_LENGTH} (link to a post for the details)`,
    ]);
  });

  it.each([
    ['# A heading', 'content/notices/blood/index.md:7: error: a notice is a sentence or two of text (links allowed); found a heading'],
    ['- a list item', 'content/notices/blood/index.md:7: error: a notice is a sentence or two of text (links allowed); found a list'],
    ['<b>raw</b> text', 'content/notices/blood/index.md:7: error: a notice is a sentence or two of text (links allowed); found HTML'],
    ["[Click](javascript:alert(1))", "content/notices/blood/index.md:7: error: link to 'javascript:alert(1)': expected an address starting with https://, / (a page of this site), mailto: or tel:"],
    ['', 'content/notices/blood/index.md:6: error: the notice has no text: write a sentence or two below the front matter'],
  ])('refuses what is not a sentence or two: %j', (body, message) => {
    expect(build(`${front()}\n${body}\n`).messages).toContain(message);
  });
});

describe('liveNotices', () => {
  const notice = (name: string, lang: 'en' | 'ru', level: 'info' | 'urgent', from: string, to: string): Notice => ({
    name, lang, level, published: true, publishAt: new Date(from), unpublishAt: new Date(to), html: '', text: '', sourcePath: '', id: name,
  });
  const all = [
    notice('info-en', 'en', 'info', '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z'),
    notice('urgent-en', 'en', 'urgent', '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'),
    notice('ru-only', 'ru', 'urgent', '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z'),
  ];

  it.each([
    ['before any starts', '2026-02-28T23:59:59Z', 'en', []],
    ['from its publish instant (inclusive)', '2026-03-01T00:00:00Z', 'en', ['info-en']],
    ['urgent first while both are live', '2026-03-02T12:00:00Z', 'en', ['urgent-en', 'info-en']],
    ['not at its unpublish instant', '2026-03-03T00:00:00Z', 'en', ['info-en']],
    ['only the page language', '2026-03-02T12:00:00Z', 'ru', ['ru-only']],
    ['none after all have ended', '2026-03-10T00:00:00Z', 'en', []],
  ] as const)('%s', (_, now, lang, names) => {
    expect(liveNotices(all, lang, new Date(now)).map((n) => n.name)).toEqual(names);
  });
});
