import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, ProblemList } from './errors';
import { sortNaturally } from './images';
import { adjacentPosts, buildPost, listedPosts, livePosts, postListPage, type Post, type PostSource } from './posts';

const ZONE = 'Asia/Almaty';
// The seed post as the site ships it; e2e/fixtures/seed.test.ts holds it to the seed as given.
const SEED = readFileSync(new URL('../../content/posts/multidisciplinary-approach-in-hematopathology/index.mdx', import.meta.url), 'utf8');
const PHOTO = { width: 1600, height: 1067 };
/** A photo as the build prepared it (lib/content/media.ts): the address the site links. */
const photo = (name: string, size = PHOTO) => ({ name, ...size, src: `/media/${name.toLowerCase().replace('.jpg', '')}-0123456789abcdef.jpg` });

function build(text: string, overrides: Partial<PostSource> = {}) {
  const problems = new ProblemList('content/posts/a-post/index.mdx');
  const post = buildPost(
    { folder: 'a-post', lang: 'en', sourcePath: 'content/posts/a-post/index.mdx', format: 'mdx', text, images: [], ...overrides },
    ZONE,
    problems,
  );
  return { post, messages: problems.items.map(formatProblem) };
}

const seedImages = [1, 2, 3].map((n) => photo(`2023-01-09-${n}.jpg`));
const front = (extra = '') => `---\ntitle: A post\ndate: '09-01-2023 10:00'\n${extra}---\n`;

describe('the seed post', () => {
  const { post, messages } = build(SEED, { folder: 'multidisciplinary-approach-in-hematopathology', images: seedImages });

  it('reads without problems', () => {
    expect(messages).toEqual([]);
  });
  it('has its exact title, date and flags', () => {
    expect(post?.title).toBe('“Multidisciplinary Approach in Hematopathology”: meaningful and useful for both healthcare professionals and patients');
    expect(post?.date.toISOString()).toBe('2023-01-09T04:00:00.000Z');
    expect(post?.headerImage).toBeNull(); // header_image: false
    expect(post?.listed).toBe(true);
  });
  it('has the first paragraph as summary and no === in the content', () => {
    expect(post?.summary?.trim()).toBe('In just a few words, this is how one can describe the large-scale scientific and practical conference attended by specialists from the Hematology Center.');
    expect(post?.body).not.toMatch(/^===$/m);
    expect(post?.excerpt).toBe(post?.summary?.trim());
  });
});

describe('header image', () => {
  const images = [
    photo('photo-10.jpg'),
    photo('Photo-2.jpg'),
    photo('photo-1.jpg', { width: 800, height: 600 }),
  ];
  it('defaults to the first image in natural, case-insensitive file-name order', () => {
    expect(sortNaturally(images.map((i) => i.name))).toEqual(['photo-1.jpg', 'Photo-2.jpg', 'photo-10.jpg']);
    const { post } = build(`${front()}Body`, { images });
    expect(post?.headerImage).toMatchObject({ name: 'photo-1.jpg', src: '/media/photo-1-0123456789abcdef.jpg', width: 800, height: 600, alt: '' });
  });
  it('uses header_image_file with alt text and credit', () => {
    const { post } = build(
      `${front("header_image_file: photo-10.jpg\nheader_image_alt_text: Doctors\nheader_image_credit: Press office\nheader_image_creditlink: https://example.org\n")}Body`,
      { images },
    );
    expect(post?.headerImage).toEqual({ name: 'photo-10.jpg', src: '/media/photo-10-0123456789abcdef.jpg', ...PHOTO, alt: 'Doctors', credit: 'Press office', creditLink: 'https://example.org' });
  });
  it('is absent with header_image: false or without images', () => {
    expect(build(`${front('header_image: false\n')}Body`, { images }).post?.headerImage).toBeNull();
    expect(build(`${front()}Body`).post?.headerImage).toBeNull();
  });
  it('is an error when header_image_file does not exist', () => {
    expect(build(`${front('header_image_file: nope.jpg\n')}Body`, { images }).messages).toEqual([
      "content/posts/a-post/index.mdx: error: field 'header_image_file': 'nope.jpg' does not exist in the post's folder",
    ]);
  });
});

describe('slugs', () => {
  it('come from the folder name', () => {
    expect(build(`${front()}Body`).post?.slug).toBe('a-post');
  });
  it('can be overridden with slug:', () => {
    expect(build(`${front('slug: other-name\n')}Body`, { folder: 'Whatever Name' }).post?.slug).toBe('other-name');
  });
  it.each(['Upper-Case', 'under_score', 'double--hyphen', 'кириллица'])('reject the folder name %s', (folder) => {
    expect(build(`${front()}Body`, { folder }).messages[0]).toContain(`folder name '${folder}' is not a valid slug`);
  });
});

describe('galleries', () => {
  const tag = (attrs = 'items=1 loop=true') => `[owl-carousel ${attrs}]`;
  const galleryPost = (inner: string) => `${front()}\nText above.\n\n${inner}\n\nText below.`;

  it('turns the shortcode and its images into one Gallery element', () => {
    const { post, messages } = build(
      galleryPost(`${tag()}\n![](2023-01-09-1.jpg "Conference")\n![First](2023-01-09-2.jpg)\n[/owl-carousel]`),
      { images: seedImages },
    );
    expect(messages).toEqual([]);
    expect(post?.excerpt).toBe('Text above. Text below.');
  });

  it.each([
    [`${tag()}\n![](2023-01-09-1.jpg)`, 'index.mdx:8: error: [owl-carousel] is not closed; add [/owl-carousel] on its own line after the images'],
    [`![](2023-01-09-1.jpg)\n[/owl-carousel]`, 'index.mdx:9: error: [/owl-carousel] has no opening [owl-carousel] above it'],
    [`${tag('items="1')}\n![](2023-01-09-1.jpg)\n[/owl-carousel]`, "index.mdx:8: error: malformed [owl-carousel] tag: option 'items' has no value or its double quote is not closed"],
    [`${tag()}\nSome words\n[/owl-carousel]`, "index.mdx:9: error: only images may stand between [owl-carousel] and [/owl-carousel]; found 'Some words'"],
    [`${tag()}\n[/owl-carousel]`, 'index.mdx:8: error: [owl-carousel] has no images'],
    [`${tag()}\n![](missing.jpg)\n[/owl-carousel]`, "index.mdx:9:1: error: image 'missing.jpg' does not exist in the post's folder"],
    [`${tag('items=0')}\n![](2023-01-09-1.jpg)\n[/owl-carousel]`, "index.mdx:8: error: [owl-carousel] option 'items': expected a whole number of slides per view, 1 or more, found \"0\""],
    [`${tag('autoWidth=true')}\n![](2023-01-09-1.jpg)\n[/owl-carousel]`, "index.mdx:8: warning: [owl-carousel] option 'autoWidth' is not supported"],
  ])('%s', (inner, message) => {
    const { messages } = build(galleryPost(inner), { images: seedImages });
    expect(messages.join('\n')).toContain(message);
  });
});

describe('images', () => {
  it.each([
    ['![x](missing.jpg)', "error: image 'missing.jpg' does not exist in the post's folder"],
    ['![x](../other/a.jpg)', "error: images must be files in the post's own folder"],
    ['![x](https://example.org/a.jpg)', 'points elsewhere'],
    ['![x](a.jpg?cropZoom=800,400&sepia)', "warning: image media action 'sepia' is not applied"],
  ])('%s', (markdown, message) => {
    const { messages } = build(`${front()}\n${markdown}`, { images: [photo('a.jpg')] });
    expect(messages.join('\n')).toContain(message);
  });

  it('accepts media actions it can apply without a warning', () => {
    expect(build(`${front()}\n![x](a.jpg?cropZoom=800,400&classes=wide)`, { images: [photo('a.jpg')] }).messages).toEqual([]);
  });
});

describe('content cannot run code', () => {
  it.each([
    ['import X from "x"\n\nText', 'error: import and export are not allowed in posts'],
    ['export const a = 1\n\nText', 'error: import and export are not allowed in posts'],
    ['Total: {1 + 1}', 'error: JavaScript expressions in { } are not allowed'],
    ['<script>alert(1)</script>', 'error: <script> is not allowed in posts'],
    ['<span onClick="alert(1)">x</span>', "error: <span>: attribute 'onClick' is not allowed"],
    ['<a href="javascript:alert(1)">x</a>', "'javascript:alert(1)' links are not allowed"],
    ['[click](javascript:alert(1))', "error: link to 'javascript:alert(1)' is not allowed"],
    ['[click](data:text/html,hi)', "error: link to 'data:text/html,hi' is not allowed"],
    ['a { b', 'error: MDX does not compile'],
  ])('mdx: %s', (body, message) => {
    const { post, messages } = build(`${front()}\n${body}`);
    expect(post).toBeNull();
    expect(messages.join('\n')).toContain(message);
  });

  it('reads .md as plain Markdown: braces and < are text, raw HTML is dropped with a warning', () => {
    const { post, messages } = build(`${front()}\nA { brace } and 3<4.\n\n<script>alert(1)</script>`, { format: 'md' });
    expect(post?.excerpt).toBe('A { brace } and 3<4.');
    expect(messages).toEqual(['content/posts/a-post/index.mdx:8:1: warning: raw HTML is not shown on the site: <script>alert(1)</script>']);
  });

  it('still rejects javascript: links in .md', () => {
    expect(build(`${front()}\n[x](javascript:alert(1))`, { format: 'md' }).post).toBeNull();
  });
});

describe('summary fallback and setext warning', () => {
  it('without === the excerpt is the first 300 characters, cut at a word', () => {
    const { post } = build(`${front()}\n${'Word '.repeat(100)}`);
    expect(post?.summary).toBeNull();
    expect(post?.excerpt.length).toBeLessThanOrEqual(301);
    expect(post?.excerpt.endsWith('Word…')).toBe(true);
  });
  it('warns when === sits under text, naming the line', () => {
    expect(build(`${front()}\nIntro\n===\n\nRest`).messages).toEqual([
      "content/posts/a-post/index.mdx:7: warning: '===' directly under a line of text makes that line a heading, not a summary break; put a blank line above '==='",
    ]);
  });
});

describe('list queries', () => {
  const post = (slug: string, date: string, extra: Partial<Post> = {}) =>
    ({ slug, date: new Date(date), published: true, publishAt: null, unpublishAt: null, listed: true, ...extra }) as Post;
  const now = new Date('2024-01-01T00:00:00Z');
  const posts = Array.from({ length: 25 }, (_, i) => post(`p${i + 1}`, `2023-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`));
  const extra = [
    post('hidden', '2023-06-01T00:00:00Z', { listed: false }),
    post('scheduled', '2023-06-02T00:00:00Z', { publishAt: new Date('2025-01-01T00:00:00Z') }),
    post('draft', '2023-06-03T00:00:00Z', { published: false }),
  ];

  it('paginates listed live posts newest first, 10 a page, null past the end', () => {
    const all = [...posts, ...extra];
    expect(postListPage(all, now, 1, 10)?.posts.map((p) => p.slug).slice(0, 2)).toEqual(['p25', 'p24']);
    expect(postListPage(all, now, 3, 10)).toMatchObject({ page: 3, pageCount: 3 });
    expect(postListPage(all, now, 3, 10)?.posts).toHaveLength(5);
    expect(postListPage(all, now, 4, 10)).toBeNull();
    expect(postListPage(all, now, 0, 10)).toBeNull();
    expect(listedPosts(all, now).map((p) => p.slug)).not.toContain('hidden');
  });

  it('links older and newer live posts, hidden-from-list ones included (as Grav does)', () => {
    const all = [...posts, ...extra];
    const live = livePosts(all, now);
    expect(adjacentPosts(live, 'hidden')).toMatchObject({ older: { slug: 'p25' }, newer: null });
    expect(adjacentPosts(live, 'p25')).toMatchObject({ older: { slug: 'p24' }, newer: { slug: 'hidden' } });
    expect(adjacentPosts(live, 'scheduled')).toEqual({ older: null, newer: null });
  });
});

describe('medical review (reviewed_by, reviewed_date, next_review)', () => {
  it('reads the reviewer as name and role, and the dates as Almaty days', () => {
    const { post, messages } = build(`${front("reviewed_by: 'Dr Aigerim Sadykova, hematologist'\nreviewed_date: '15-01-2023'\nnext_review: '15-01-2024'\n")}\nText.\n`);
    expect(messages).toEqual([]);
    expect(post?.review).toEqual({ name: 'Dr Aigerim Sadykova', role: 'hematologist', date: new Date('2023-01-14T18:00:00Z'), next: new Date('2024-01-14T18:00:00Z') });
  });

  it('is absent without the fields, and a name without a role has none', () => {
    expect(build(`${front()}\nText.\n`).post?.review).toBeNull();
    expect(build(`${front("reviewed_by: 'Dr Sadykova'\nreviewed_date: '15-01-2023'\n")}\nText.\n`).post?.review).toMatchObject({ name: 'Dr Sadykova', role: null, next: null });
  });

  it.each([
    ["reviewed_by: 'Dr Sadykova'\n", "content/posts/a-post/index.mdx:4: error: field 'reviewed_by': needs reviewed_date too (when the review was done, e.g. 15-01-2023)"],
    ["reviewed_date: '15-01-2023'\n", "content/posts/a-post/index.mdx:4: error: field 'reviewed_date': needs reviewed_by too (who reviewed, e.g. \"Dr Aigerim Sadykova, hematologist\")"],
    ["next_review: '15-01-2024'\n", "content/posts/a-post/index.mdx:4: error: field 'next_review': needs reviewed_by and reviewed_date (the review it follows)"],
    ["reviewed_by: 'Dr Sadykova'\nreviewed_date: '31-02-2023'\n", "content/posts/a-post/index.mdx:5: error: field 'reviewed_date': '31-02-2023' is not a valid date: day 31 does not exist in 2023-02 (expected dd-mm-yyyy HH:MM, dd-mm-yyyy, mm/dd/yyyy HH:MM or yyyy-mm-dd HH:MM)"],
  ])('is an error when incomplete or wrong: %j', (fields, message) => {
    expect(build(`${front(fields)}\nText.\n`).messages).toEqual([message]);
  });
});
