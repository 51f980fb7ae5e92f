// The web editor's GitHub mode, end to end, as staff use it: sign in with a token, write a post with
// a gallery of two photos and Save (a branch cms/posts/<slug> and a draft pull request), edit it and
// Save again (a second commit on the same branch), send it for review, mark it ready and Publish
// (the pull request merged into main, the branch deleted). The merged main is then cloned, passes
// `npm run content:check`, and the site built from it shows the post.
//
// GitHub is NOT what answers here. The editor's calls to https://api.github.com go to a stand-in the
// test starts (e2e/github-stand-in/), written against Sveltia CMS 0.221.1's source, over a real git
// repository on disk: the branches, commits and merge are git's own. Any call the stand-in does not
// know fails the test, and so does any request to another outside address.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_CONTENT_DIR } from '../playwright.config';
import { GitRepository } from './github-stand-in/git-repository';
import { startGitHubStandIn, WRITTEN_FOR_SVELTIA, type StandIn } from './github-stand-in/server';
import { buildAndStartSite, checkContent, collectPageErrors, expectCleanPhoto, expectNewPostShown, phonePhotos, writeNewPost, NEW_POST_FILE, NEW_POST_PHOTOS, NEW_POST_SLUG, NEW_POST_TITLE } from './editor';

const SEED_SLUG = 'multidisciplinary-approach-in-hematopathology';
const BRANCH = `cms/posts/${NEW_POST_SLUG}`;
const FOLDER = `content/posts/${NEW_POST_SLUG}`;
const TOKEN = 'github_pat_for_the_stand_in_only';
const USER = { id: 4242, login: 'aigerim-editor', name: 'Айгерим Редактор', email: 'aigerim@example.kz', html_url: 'https://github.com/aigerim-editor', avatar_url: 'https://avatars.githubusercontent.com/u/4242' };
/** Where Vercel would put the pull request's preview (the stand-in reports it as Vercel does). */
const PREVIEW_ORIGIN = 'https://news-git-cms-posts-qan-tapsyru-kuni.vercel.app';
/** The edit: a sentence added to the summary. */
const EDITED_FILE = NEW_POST_FILE.replace('Донорлар күні өтті.\n', 'Донорлар күні өтті. 120 донор келді.\n');

let workDir: string;
let git: GitRepository;
let standIn: StandIn;

test.beforeAll(async () => {
  const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies['@sveltia/cms'];
  expect(pinned, `the GitHub stand-in was written for Sveltia CMS ${WRITTEN_FOR_SVELTIA}: check its calls against the source of ${pinned}`).toBe(WRITTEN_FOR_SVELTIA);
  workDir = mkdtempSync(path.join(tmpdir(), 'editor-pull-request-'));
  const seed = path.join(E2E_CONTENT_DIR, 'posts', SEED_SLUG);
  const files = Object.fromEntries(readdirSync(seed).map((name) => [`content/posts/${SEED_SLUG}/${name}`, readFileSync(path.join(seed, name))]));
  git = GitRepository.create(path.join(workDir, 'origin.git'), 'main', { ...files, 'README.md': 'The news site.\n' }, { name: 'Site', email: 'site@example.kz' });
  standIn = await startGitHubStandIn({ git, owner: 'hematology-center', repo: 'news', defaultBranch: 'main', token: TOKEN, user: USER });
});

test.afterAll(async () => {
  await standIn?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Commits on `branch` that main did not have when it was branched, oldest first. */
function branchCommits(branch: string, base: string) {
  return git.git(['rev-list', '--reverse', `${base}..${branch}`]).split('\n').filter(Boolean).map((oid) => git.commit(oid));
}

function fileOn(revision: string, file: string): Buffer {
  const oid = git.resolve(`${revision}:${file}`);
  if (!oid) throw new Error(`${file} is not on ${revision}`);
  return git.blob(oid);
}

test('a post saved in the editor is a branch and a draft pull request, an edit a second commit on it, and Publish merges it into main, which builds', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const pageErrors = collectPageErrors(page);
  const outside: string[] = [];
  const previews: string[] = [];
  await page.context().route(/^https:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.host === 'api.github.com' || url.host === 'www.githubstatus.com') return route.fulfill({ response: await route.fetch({ url: `${standIn.origin}${url.pathname}${url.search}` }) });
    if (url.host === 'avatars.githubusercontent.com') return route.fulfill({ response: await route.fetch({ url: `${standIn.origin}/avatars${url.pathname}` }) });
    if (url.origin === PREVIEW_ORIGIN) previews.push(url.href);
    // The editor's check for a newer version of itself, which /admin's policy blocks on purpose.
    else if (url.href !== 'https://unpkg.com/@sveltia/cms/package.json') outside.push(url.href);
    return route.abort();
  });
  const photos = await phonePhotos(testInfo);
  const main = git.branchHead('main') as string;

  await test.step('sign in with a token', async () => {
    await page.goto('/admin');
    await page.getByRole('button', { name: 'Войти с помощью токена доступа' }).click();
    await page.getByRole('textbox', { name: 'Персональный токен доступа' }).fill(TOKEN);
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();
  });

  await test.step('Save: a branch with exactly the post and its photos, and a draft pull request', async () => {
    await writeNewPost(page, photos);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('alertdialog', { name: 'Отправить на рассмотрение' }).getByRole('button', { name: 'Позже' }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();
    expect(git.branches().sort()).toEqual([BRANCH, 'main']);
    expect(git.branchHead('main')).toBe(main);
    expect(git.changedFiles('main', BRANCH)).toEqual([...NEW_POST_PHOTOS, 'index.mdx'].map((name) => ({ path: `${FOLDER}/${name}`, changeType: 'ADDED' })));
    // cms/config.ts's message; the editor adds "+2" for the files beyond the first (the photos).
    expect(branchCommits(BRANCH, 'main').map((commit) => commit.message)).toEqual([`Новость «${NEW_POST_SLUG}»: создана в редакторе · New post ${NEW_POST_SLUG} +2`]);
    expect(fileOn(BRANCH, `${FOLDER}/index.mdx`).toString('utf8')).toBe(NEW_POST_FILE);
    for (const photo of NEW_POST_PHOTOS) await expectCleanPhoto(fileOn(BRANCH, `${FOLDER}/${photo}`));
    expect(standIn.state.pullRequests.map(({ number, head, base, draft, state, labels }) => ({ number, head, base, draft, state, labels }))).toEqual([
      { number: 1, head: BRANCH, base: 'main', draft: true, state: 'OPEN', labels: ['sveltia-cms/draft'] },
    ]);
    // Vercel builds the branch and reports a preview deployment of its head commit.
    standIn.state.deployments.set(git.branchHead(BRANCH) as string, [{ environment: 'Preview', state: 'SUCCESS', environmentUrl: PREVIEW_ORIGIN }]);
  });

  await test.step('Open preview: the post on the pull request’s preview deployment', async () => {
    await page.getByRole('row', { name: new RegExp(NEW_POST_TITLE) }).click();
    await page.getByRole('button', { name: 'Открыть предпросмотр' }).click();
    await expect.poll(() => previews).toEqual([`${PREVIEW_ORIGIN}/news/${NEW_POST_SLUG}`]);
  });

  await test.step('edit and Save: a second commit on the same branch, the same pull request', async () => {
    const summary = page.getByRole('textbox', { name: 'Краткое содержание · Summary' });
    await summary.click();
    await summary.press('End');
    await summary.pressSequentially(' 120 донор келді.');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('alertdialog', { name: 'Отправить на рассмотрение' }).getByRole('button', { name: 'Отправить на рассмотрение' }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();
    const commits = branchCommits(BRANCH, 'main');
    expect(commits.map((commit) => commit.message)).toEqual([
      `Новость «${NEW_POST_SLUG}»: создана в редакторе · New post ${NEW_POST_SLUG} +2`,
      `Новость «${NEW_POST_SLUG}»: изменена в редакторе · Edit post ${NEW_POST_SLUG}`,
    ]);
    expect(git.git(['diff', '--name-only', commits[0].oid, commits[1].oid])).toBe(`${FOLDER}/index.mdx`);
    expect(fileOn(BRANCH, `${FOLDER}/index.mdx`).toString('utf8')).toBe(EDITED_FILE);
    // Sent for review: no longer a draft on GitHub, and labelled as the editor's board shows it.
    expect(standIn.state.pullRequests.map(({ draft, state, labels }) => ({ draft, state, labels }))).toEqual([{ draft: false, state: 'OPEN', labels: ['sveltia-cms/pending_review'] }]);
  });

  await test.step('Ready, then Publish: merged into main, the branch deleted', async () => {
    const head = git.branchHead(BRANCH) as string;
    await page.getByRole('row', { name: new RegExp(NEW_POST_TITLE) }).click();
    await page.getByRole('button', { name: /^Статус: / }).click();
    await page.getByRole('menuitemradio', { name: 'Готово' }).click();
    await expect(page.getByRole('button', { name: /^Статус: / })).toHaveAccessibleName(/Готово/);
    await page.getByRole('button', { name: 'Опубликовать запись' }).click();
    await page.getByRole('alertdialog', { name: 'Опубликовать запись' }).getByRole('button', { name: 'Опубликовать' }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();
    await expect.poll(() => git.branches()).toEqual(['main']);
    const merge = git.branchHead('main') as string;
    expect(git.git(['rev-list', '--parents', '-n1', merge]).split(' ').slice(1)).toEqual([main, head]);
    expect(standIn.state.pullRequests.map(({ state, mergeCommit }) => ({ state, mergeCommit }))).toEqual([{ state: 'MERGED', mergeCommit: merge }]);
  });

  await test.step('the merged main, cloned: the content check passes and the site built from it shows the post', async () => {
    const clone = path.join(workDir, 'clone');
    execFileSync('git', ['clone', '--quiet', '--branch', 'main', path.join(workDir, 'origin.git'), clone]);
    expect(readFileSync(path.join(clone, FOLDER, 'index.mdx'), 'utf8')).toBe(EDITED_FILE);
    expect(readdirSync(path.join(clone, FOLDER)).sort()).toEqual([...NEW_POST_PHOTOS, 'index.mdx']);
    const content = path.join(clone, 'content');
    mkdirSync(path.join(content, 'notices'));
    const check = checkContent(content);
    expect(check.output).toContain('2 posts read');
    expect(check.output).toContain('0 errors, 0 warnings');
    expect(check.status).toBe(0);
    const site = await buildAndStartSite(content, 3101);
    try {
      await expectNewPostShown(page, 'http://127.0.0.1:3101');
      await expect(page.getByText('120 донор келді.')).toBeVisible();
    } finally {
      site.stop();
    }
  });

  expect(standIn.unknownCalls, 'calls the GitHub stand-in does not know').toEqual([]);
  expect(outside, 'requests to other outside addresses').toEqual([]);
  expect(pageErrors).toEqual([]);
});
