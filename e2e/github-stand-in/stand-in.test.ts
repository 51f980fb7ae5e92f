// The GitHub stand-in on its own: what it does to the git repository, and that it refuses what
// GitHub refuses and what it does not know (the end-to-end spec relies on both).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitRepository } from './git-repository';
import { startGitHubStandIn, type StandIn } from './server';

const TOKEN = 'test-token';
const USER = { id: 1, login: 'staff', name: 'Staff', email: 'staff@example.kz', html_url: 'https://github.com/staff', avatar_url: 'https://avatars.githubusercontent.com/u/1' };

let dir: string;
let git: GitRepository;
let standIn: StandIn;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'stand-in-test-'));
  git = GitRepository.create(path.join(dir, 'origin.git'), 'main', { 'content/posts/a/index.mdx': '---\ntitle: A\n---\n' }, { name: 'Site', email: 'site@example.kz' });
  standIn = await startGitHubStandIn({ git, owner: 'center', repo: 'news', defaultBranch: 'main', token: TOKEN, user: USER });
});

afterEach(async () => {
  await standIn.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, pathname: string, body?: unknown, token = TOKEN) {
  const response = await fetch(`${standIn.origin}${pathname}`, { method, headers: { Authorization: `token ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const graphql = (query: string, variables: Record<string, unknown> = {}) => call('POST', '/graphql', { query, variables });

const CREATE_REF = 'mutation($input: CreateRefInput!) { createRef(input: $input) { ref { name } } }';
const COMMIT = 'mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid file_0: file(path: "content/posts/b/index.mdx") { oid } } } }';

function commitInput(expectedHeadOid: string, contents: string) {
  return { input: { branch: { repositoryNameWithOwner: 'center/news', branchName: 'cms/posts/b' }, expectedHeadOid, fileChanges: { additions: [{ path: 'content/posts/b/index.mdx', contents: Buffer.from(contents).toString('base64') }] }, message: { headline: 'New post b' } } };
}

describe('the GitHub stand-in', () => {
  it('creates a branch once, commits on it only on top of the head it was told, as git objects', async () => {
    const main = git.branchHead('main') as string;
    expect((await graphql(CREATE_REF, { input: { repositoryId: 'R_standin_1', name: 'refs/heads/cms/posts/b', oid: main } })).json.data.createRef.ref.name).toBe('cms/posts/b');
    const again = await graphql(CREATE_REF, { input: { repositoryId: 'R_standin_1', name: 'refs/heads/cms/posts/b', oid: main } });
    expect(again.json.errors[0].message).toBe('A ref named "refs/heads/cms/posts/b" already exists in the repository.');

    const first = await graphql(COMMIT, commitInput(main, '---\ntitle: B\n---\n'));
    const commit = first.json.data.createCommitOnBranch.commit;
    expect(git.branchHead('cms/posts/b')).toBe(commit.oid);
    expect(commit.file_0.oid).toBe(git.resolve(`${commit.oid}:content/posts/b/index.mdx`));
    expect(git.blob(commit.file_0.oid).toString()).toBe('---\ntitle: B\n---\n');
    expect(git.git(['rev-parse', `${commit.oid}^`])).toBe(main);

    // A stale head (someone else committed meanwhile) is refused, as GitHub refuses it.
    const stale = await graphql(COMMIT, commitInput(main, 'x'));
    expect(stale.json.errors[0].message).toMatch(/^Expected branch to point to "[0-9a-f]{40}" but it did not/);
    expect(git.branchHead('cms/posts/b')).toBe(commit.oid);
    expect(standIn.unknownCalls).toEqual([]);
  });

  it('refuses to merge a draft pull request, and merges a ready one into main with a merge commit', async () => {
    const main = git.branchHead('main') as string;
    await graphql(CREATE_REF, { input: { repositoryId: 'R_standin_1', name: 'refs/heads/cms/posts/b', oid: main } });
    const head = (await graphql(COMMIT, commitInput(main, 'b'))).json.data.createCommitOnBranch.commit.oid;
    const pr = await call('POST', '/repos/center/news/pulls', { title: 'b', head: 'cms/posts/b', base: 'main', draft: true, body: '' });
    expect([pr.status, pr.json.number, pr.json.draft]).toEqual([201, 1, true]);
    expect(await call('PUT', '/repos/center/news/pulls/1/merge', { merge_method: 'merge' })).toEqual({ status: 405, json: { message: 'Pull Request is still a draft' } });

    await graphql('mutation($input: MarkPullRequestReadyForReviewInput!) { markPullRequestReadyForReview(input: $input) { pullRequest { isDraft } } }', { input: { pullRequestId: pr.json.node_id } });
    expect((await call('PUT', '/repos/center/news/pulls/1/merge', { merge_method: 'merge', commit_title: 'b' })).status).toBe(200);
    const merge = git.branchHead('main') as string;
    expect(git.git(['rev-list', '--parents', '-n1', merge]).split(' ').slice(1)).toEqual([main, head]);
    expect(git.blob(git.resolve(`${merge}:content/posts/b/index.mdx`) as string).toString()).toBe('b');
    expect((await call('DELETE', '/repos/center/news/git/refs/heads/cms/posts/b')).status).toBe(204);
    expect(git.branches()).toEqual(['main']);
  });

  it('answers 401 to a wrong token, and fails loudly on a REST call or a GraphQL field it does not know', async () => {
    expect(await call('GET', '/user', undefined, 'wrong')).toEqual({ status: 401, json: { message: 'Bad credentials' } });
    expect((await call('GET', '/user')).json.login).toBe('staff');

    const rest = await call('POST', '/repos/center/news/dispatches', { event_type: 'deploy' });
    expect(rest.status).toBe(501);
    expect(rest.json.message).toMatch(/written for Sveltia CMS 0\.221\.1\) does not know this call: POST \/repos\/center\/news\/dispatches/);
    const query = await graphql('query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { stargazerCount } }', { owner: 'center', repo: 'news' });
    expect(query.json.errors[0].message).toMatch(/Cannot query field "stargazerCount" on type "Repository"/);
    expect(standIn.unknownCalls).toHaveLength(2);
  });
});
