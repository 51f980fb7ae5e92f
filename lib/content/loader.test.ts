import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError, formatProblem } from './errors';
import { getAllPosts, readAllPosts } from './loader';

const BROKEN = path.resolve(import.meta.dirname, '../../e2e/fixtures/broken-content');
const rel = (slug: string, file = 'index.mdx') => path.relative(process.cwd(), path.join(BROKEN, 'posts', slug, file));

describe('readAllPosts on deliberately broken content', () => {
  it('reports every problem at once, each with file, line and field', async () => {
    const { posts, problems } = await readAllPosts(BROKEN);
    expect(posts).toEqual([]);
    const messages = problems.map(formatProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        `${rel('impossible-date')}:4: error: field 'date': '31-02-2023 10:00' is not a valid date: day 31 does not exist in 2023-02 (expected dd-mm-yyyy HH:MM, dd-mm-yyyy, mm/dd/yyyy HH:MM or yyyy-mm-dd HH:MM)`,
        `${rel('missing-title')}:1: error: field 'title': is required (the post title)`,
        `${rel('missing-title')}:4: error: field 'show_sidebar': expected true or false (or 1/0), found 'yes'`,
        `${rel('unclosed-gallery')}:10:1: error: image 'missing.jpg' does not exist in the post's folder`,
        `${rel('unclosed-gallery')}:9: error: [owl-carousel] is not closed; add [/owl-carousel] on its own line after the images`,
        `${rel('runs-code')}:7:1: error: import and export are not allowed in posts: the site provides every component`,
        `${rel('runs-code')}:9:15: error: JavaScript expressions in { } are not allowed in posts; write \\{ for a literal brace, or name the file index.md for plain Markdown`,
        `${rel('Bad_Slug')}: error: folder name 'Bad_Slug' is not a valid slug: use lowercase letters a-z, digits and single hyphens (or set slug: in the front matter)`,
      ]),
    );
    expect(messages.some((m) => m.startsWith(`${rel('invalid-yaml')}:3:`) && m.includes('error: invalid YAML'))).toBe(true);
    expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(9);
  });
});

describe('getAllPosts', () => {
  const saved = process.env.CONTENT_DIR;
  afterEach(() => {
    process.env.CONTENT_DIR = saved;
  });

  it('throws a ContentError whose message lists every error, so the build fails', async () => {
    process.env.CONTENT_DIR = BROKEN;
    const error = await getAllPosts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toMatch(/^\d+ content errors:\n/);
    expect(message).toContain("field 'date': '31-02-2023 10:00' is not a valid date");
    expect(message).toContain('[owl-carousel] is not closed');
    expect(message).toContain("folder name 'Bad_Slug' is not a valid slug");
  });
});

describe('a running server whose content breaks', () => {
  const saved = process.env.CONTENT_DIR;
  afterEach(() => {
    process.env.CONTENT_DIR = saved;
    vi.useRealTimers();
  });

  it('keeps the last good content, logs the file, and picks up the fix', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'content-'));
    const file = path.join(dir, 'posts', 'a-post', 'index.md');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, "---\ntitle: 'First title'\ndate: '09-01-2023 10:00'\n---\n\nBody.\n");
    process.env.CONTENT_DIR = dir;
    vi.useFakeTimers({ toFake: ['Date'] });
    expect((await getAllPosts()).map((p) => p.title)).toEqual(['First title']);

    await writeFile(file, "---\ntitle: 'Broken'\ndate: '31-02-2023 10:00'\n---\n\nBody.\n");
    vi.setSystemTime(Date.now() + 10_000);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await getAllPosts()).map((p) => p.title)).toEqual(['First title']);
    expect(logged.mock.calls.flat().join('\n')).toContain("a-post/index.md:3: error: field 'date': '31-02-2023 10:00' is not a valid date");
    logged.mockRestore();

    await writeFile(file, "---\ntitle: 'Fixed title'\ndate: '09-01-2023 10:00'\n---\n\nBody.\n");
    vi.setSystemTime(Date.now() + 10_000);
    expect((await getAllPosts()).map((p) => p.title)).toEqual(['Fixed title']);
    await rm(dir, { recursive: true, force: true });
  });
});
