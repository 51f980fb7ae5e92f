import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_KEY, readPostFile, writePostFile, type PostEntry } from './post-format';

// The seed post as staff wrote it for Grav: no line break at the end of the file.
const SEED = readFileSync('e2e/fixtures/seed/000_e9ed13e40c74da8a.txt', 'utf8');

const GRAV_STYLE = `---
title: 'Донор күні'
date: '05-06-2023 09:30'
published: 1
taxonomy:
    category: news
    tag: [donors, blood]
# written by Grav's Admin
---
Summary line.

===

Body text.
`;

describe('readPostFile', () => {
  it('gives the front matter as written, the summary above === and the body below it', () => {
    const entry = readPostFile(SEED);
    expect(entry).toMatchObject({ title: expect.stringContaining('Multidisciplinary'), date: '09-01-2023 10:00', header_image: false });
    expect(entry.summary).toBe('In just a few words, this is how one can describe the large-scale scientific and practical conference attended by specialists from the Hematology Center.');
    expect(entry.body).toMatch(/^“Multidisciplinary Approach in Hematopathology” — this was/);
    expect(entry.body).toContain('[owl-carousel class="gallery-owl" items=1');
    expect(entry[SOURCE_KEY]).toBe(SEED);
  });

  it('reads a single category or tag as a list (Grav lets one stand alone)', () => {
    expect(readPostFile(GRAV_STYLE).taxonomy).toEqual({ category: ['news'], tag: ['donors', 'blood'] });
  });

  it('leaves summary out when the body has no === line', () => {
    const entry = readPostFile(`---\ntitle: A\ndate: '01-01-2024 10:00'\n---\n\nOnly a body.\n`);
    expect(entry).not.toHaveProperty('summary');
    expect(entry.body).toBe('Only a body.');
  });
});

describe('writePostFile', () => {
  const read = (text: string) => readPostFile(text);
  const write = (entry: PostEntry) => writePostFile(structuredClone(entry));

  it.each([
    ['the seed post (no final line break)', SEED],
    ["a file in Grav Admin's style (4-space indent, flow list, comment, 1 for true)", GRAV_STYLE],
  ])('writes %s back byte for byte when nothing changed', (_, text) => {
    expect(write(read(text))).toBe(text);
  });

  it('counts a field the editor fills with its default as unchanged (published: true where the file has 1)', () => {
    expect(write({ ...read(GRAV_STYLE), published: true, show_sidebar: true, hide_page_title: false })).toBe(GRAV_STYLE);
  });

  it('rewrites only the changed field, keeping every other line (quoting, order, comments, body)', () => {
    const written = write({ ...read(GRAV_STYLE), date: '06-06-2023 09:30' });
    expect(written).toBe(GRAV_STYLE.replace("date: '05-06-2023 09:30'", "date: '06-06-2023 09:30'"));
  });

  it('rewrites the body alone when only the text changed, with the summary above ===', () => {
    const written = write({ ...read(SEED), body: 'New body.' });
    expect(written.split('\n---\n')[0]).toBe(SEED.split('\n---\n')[0]);
    expect(written.endsWith('\n\nIn just a few words, this is how one can describe the large-scale scientific and practical conference attended by specialists from the Hematology Center.\n\n===\n\nNew body.\n')).toBe(true);
  });

  it('removes a field staff emptied, and writes no summary line when the summary is emptied', () => {
    const written = write({ ...read(SEED), publish_date: '', summary: '' });
    expect(written).not.toContain('publish_date');
    expect(written).not.toContain('===');
  });

  it('writes a new post in the form order, dates quoted as Grav writes them, defaults left out', () => {
    const written = write({
      title: 'Қан тапсыру күні',
      slug: 'qan-tapsyru-kuni',
      date: '01-11-2026 10:00',
      published: true,
      show_sidebar: true,
      hide_from_post_list: true,
      taxonomy: { category: [], tag: ['донорлар'] },
      summary: 'Қысқаша.',
      body: 'Мәтін.',
    });
    expect(written).toBe(
      [
        '---',
        'title: Қан тапсыру күні',
        'slug: qan-tapsyru-kuni',
        "date: '01-11-2026 10:00'",
        'taxonomy:',
        '  tag:',
        '    - донорлар',
        'hide_from_post_list: true',
        '---',
        '',
        'Қысқаша.',
        '',
        '===',
        '',
        'Мәтін.',
        '',
      ].join('\n'),
    );
  });

  it('never writes where the entry kept its source text', () => {
    expect(write({ ...read(SEED), title: 'Changed' })).not.toContain(SOURCE_KEY);
  });
});
