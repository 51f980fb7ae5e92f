import { describe, expect, it } from 'vitest';
import { formatProblem, ProblemList } from './errors';
import { parseFrontMatter, splitFrontMatter } from './frontmatter';

const ZONE = 'Asia/Almaty';

function parse(yaml: string) {
  const problems = new ProblemList('content/posts/x/index.mdx');
  const data = parseFrontMatter(splitFrontMatter(`---\n${yaml}\n---\nBody`), ZONE, problems);
  return { data, messages: problems.items.map(formatProblem) };
}

describe('splitFrontMatter', () => {
  it('separates YAML and body and knows the body line', () => {
    expect(splitFrontMatter('---\ntitle: A\ndate: x\n---\n\nBody')).toEqual({
      yaml: 'title: A\ndate: x',
      body: '\nBody',
      bodyLine: 5,
      yamlLine: 2,
    });
  });
  it('reports no front matter when the file does not start with ---', () => {
    expect(splitFrontMatter('title: A\n---').yaml).toBeNull();
  });
});

describe('parseFrontMatter', () => {
  it('reads the seed fields with their Grav meanings and defaults', () => {
    const { data, messages } = parse(`title: 'A “quoted” title'
published: true
date: '09-01-2023 10:00'
publish_date: '09-01-2023 10:00'
hide_page_title: false
header_image: false`);
    expect(messages).toEqual([]);
    expect(data).toMatchObject({
      title: 'A “quoted” title',
      published: true,
      date: new Date('2023-01-09T04:00:00Z'),
      publish_date: new Date('2023-01-09T04:00:00Z'),
      hide_page_title: false,
      show_sidebar: true,
      hide_from_post_list: false,
      continue_link: true,
      hide_git_sync_repo_link: false,
      header_image: false,
    });
  });

  it.each([
    ['true', true], ['false', false], ['1', true], ['0', false], ["'1'", true], ["'0'", false],
  ])('accepts the boolean %s', (written, value) => {
    expect(parse(`title: A\ndate: 09-01-2023\nshow_sidebar: ${written}`).data?.show_sidebar).toBe(value);
  });

  it('keeps an unquoted YAML date as local midnight, not UTC midnight', () => {
    expect(parse('title: A\ndate: 2023-01-09').data?.date.toISOString()).toBe('2023-01-08T18:00:00.000Z');
  });

  it('reads taxonomy values as lists of strings, from a single value or a list', () => {
    expect(parse('title: A\ndate: 09-01-2023\ntaxonomy:\n  category: news\n  tag: [Hematology, 2023]').data?.taxonomy).toEqual({
      category: ['news'],
      tag: ['Hematology', '2023'],
    });
  });

  it('keeps unknown fields and ignores them', () => {
    expect(parse('title: A\ndate: 09-01-2023\nauthor: Someone').messages).toEqual([]);
  });

  it.each([
    // yaml, the exact message, why
    ['title: A\ndate: \'31-02-2023 10:00\'',
      "content/posts/x/index.mdx:3: error: field 'date': '31-02-2023 10:00' is not a valid date: day 31 does not exist in 2023-02 (expected dd-mm-yyyy HH:MM, dd-mm-yyyy, mm/dd/yyyy HH:MM or yyyy-mm-dd HH:MM)",
      'impossible date, on its line'],
    ['date: 09-01-2023', "content/posts/x/index.mdx:1: error: field 'title': is required (the post title)", 'missing title'],
    ['title: A', "content/posts/x/index.mdx:1: error: field 'date': is required (the post date, e.g. 09-01-2023 10:00)", 'missing date'],
    ['title: A\ndate: 09-01-2023\npublished: yes', "content/posts/x/index.mdx:4: error: field 'published': expected true or false (or 1/0), found 'yes'", 'non-boolean'],
    ['title: A\ndate: 09-01-2023\nslug: My_Post', "content/posts/x/index.mdx:4: error: field 'slug': expected lowercase letters a-z, digits and single hyphens, e.g. my-news-post", 'bad slug'],
    ['title: A\ndate: 09-01-2023\ntaxonomy:\n  tag: {a: 1}', "content/posts/x/index.mdx:5: error: field 'taxonomy.tag': expected a name or a list of names, found a mapping", 'nested field line'],
    ['title: A\ndate: 09-01-2023\nheader_image_file: ../x.jpg', "content/posts/x/index.mdx:4: error: field 'header_image_file': expected a file name in the post's folder (no '/' or '..')", 'path traversal in a file name'],
    ['title: [unclosed', 'content/posts/x/index.mdx:2:17: error: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]', 'invalid YAML, where the ] is missing'],
    ['title: A\ntitle: B\ndate: 09-01-2023', 'content/posts/x/index.mdx:3:1: error: invalid YAML: Map keys must be unique', 'duplicate keys'],
  ])('%#: %s', (yaml, message) => {
    const { data, messages } = parse(yaml);
    expect(data).toBeNull();
    expect(messages[0]).toContain(message);
  });
});
