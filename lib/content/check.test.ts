import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, githubAnnotation } from './check';
import { formatProblem } from './errors';

const PHOTO = path.resolve(import.meta.dirname, '../../content/posts/multidisciplinary-approach-in-hematopathology/2023-01-09-1.jpg');
let root: string;
const rel = (...parts: string[]) => path.relative(process.cwd(), path.join(root, 'posts', ...parts));

async function post(slug: string, body: string, images: string[] = []) {
  await mkdir(path.join(root, 'posts', slug), { recursive: true });
  await writeFile(path.join(root, 'posts', slug, 'index.md'), `---\ntitle: '${slug}'\ndate: '09-01-2023 10:00'\nheader_image: false\n---\n\n${body}\n`);
  for (const image of images) await copyFile(PHOTO, path.join(root, 'posts', slug, image));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'check-'));
  await post('good', 'See [the other post](/news/other) and ![A photo](used.jpg).', ['used.jpg']);
  await post('other', 'Links to [a missing post](/news/no-such-post) and shows ![](bare.jpg).', ['bare.jpg', 'unused.jpg']);
  await post('broken', 'Fine text.');
  await writeFile(path.join(root, 'posts', 'broken', 'index.md'), "---\ntitle: 'Broken'\ndate: '31-02-2023'\n---\n\nText.\n");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('checkContent', () => {
  it('reports front-matter errors, missing link targets, unused photos and photos without description', async () => {
    const { problems, postCount } = await checkContent(root);
    expect(postCount).toBe(2);
    expect(problems.map(formatProblem)).toEqual([
      `${rel('broken', 'index.md')}:3: error: field 'date': '31-02-2023' is not a valid date: day 31 does not exist in 2023-02 (expected dd-mm-yyyy HH:MM, dd-mm-yyyy, mm/dd/yyyy HH:MM or yyyy-mm-dd HH:MM)`,
      `${rel('other', 'index.md')}: warning: image 'unused.jpg' in the post's folder is not used (neither in the text nor as the header image)`,
      `${rel('other', 'index.md')}:7:10: error: link to /news/no-such-post: there is no post 'no-such-post'`,
      `${rel('other', 'index.md')}:7:57: warning: image 'bare.jpg' has no description: write one in ![description](bare.jpg) for readers who cannot see it`,
    ]);
  });

  it('warns, naming the line, when a medical review is due; never before', async () => {
    await mkdir(path.join(root, 'posts', 'reviewed'));
    await writeFile(
      path.join(root, 'posts', 'reviewed', 'index.md'),
      "---\ntitle: 'Reviewed'\ndate: '09-01-2023 10:00'\nheader_image: false\nreviewed_by: 'Dr Aigerim Sadykova, hematologist'\nreviewed_date: '15-01-2023'\nnext_review: '15-01-2024'\n---\n\nText.\n",
    );
    try {
      const due = await checkContent(root, [path.join(root, 'posts', 'reviewed')], new Date('2024-01-15T00:00:00+06:00'));
      expect(due.problems.map(formatProblem)).toEqual([
        `${rel('reviewed', 'index.md')}:7: warning: field 'next_review': the medical review is due since 15 January 2024 (reviewed 15 January 2023 by Dr Aigerim Sadykova): have it checked again, then update reviewed_date and next_review`,
      ]);
      const notYet = await checkContent(root, [path.join(root, 'posts', 'reviewed')], new Date('2024-01-14T23:59:00+06:00'));
      expect(notYet.problems).toEqual([]);
    } finally {
      await rm(path.join(root, 'posts', 'reviewed'), { recursive: true, force: true });
    }
  });

  it('checks notices too: a file named for a language the site does not have', async () => {
    await mkdir(path.join(root, 'notices', 'hours'), { recursive: true });
    await writeFile(path.join(root, 'notices', 'hours', 'index.de.md'), "---\nlevel: info\npublish_date: '01-03-2026 09:00'\nunpublish_date: '02-03-2026 09:00'\n---\n\nText.\n");
    try {
      const { problems } = await checkContent(root, [path.join(root, 'notices')]);
      expect(problems.map(formatProblem)).toEqual([
        `${path.relative(process.cwd(), path.join(root, 'notices', 'hours', 'index.de.md'))}: error: 'de' is not one of the site's languages (en, ru, kk): name the file index.<language>.md with one of them`,
      ]);
    } finally {
      await rm(path.join(root, 'notices'), { recursive: true, force: true });
    }
  });

  it('reports only the files under the paths it is given', async () => {
    const { problems } = await checkContent(root, [path.join(root, 'posts', 'broken')]);
    expect(problems.map((p) => p.file)).toEqual([rel('broken', 'index.md')]);
  });
});

describe('githubAnnotation', () => {
  it('writes a workflow command with file, line and column, escaping what GitHub requires', () => {
    expect(githubAnnotation({ file: 'content/posts/a,b/index.md', line: 3, column: 2, severity: 'error', field: 'date', message: "50% wrong\nsecond line" })).toBe(
      "::error file=content/posts/a%2Cb/index.md,line=3,col=2::field 'date': 50%25 wrong%0Asecond line",
    );
  });
});
