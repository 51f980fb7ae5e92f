// A stand-in for GitHub's API, for the end-to-end test of the web editor's pull-request path
// (e2e/publishes-through-a-pull-request.spec.ts). It is NOT GitHub: it answers the REST and GraphQL
// calls that Sveltia CMS 0.221.1 makes with the GitHub backend and the editorial workflow, read
// from that version's source (src/lib/services/backends/git/github/), over a real git repository on
// disk (git-repository.ts). Any other call is answered 501 and recorded in `unknownCalls`, which the
// test requires to be empty: a new version of the CMS that asks for something else fails loudly.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql, parse, validate } from 'graphql';
import { GitHubError, isBinary, type GitRepository } from './git-repository';
import { standInSchema } from './graphql-schema';
import type { PullRequest, StandInState, StandInUser } from './state';

/** The CMS version whose calls this stand-in was written against (package.json pins it). */
export const WRITTEN_FOR_SVELTIA = '0.221.1';

export type StandIn = {
  /** http://127.0.0.1:<port>: where the test sends what the editor asks of https://api.github.com. */
  origin: string;
  state: StandInState;
  /** Every call, as `METHOD /path` (GraphQL: the operation's first field). */
  calls: string[];
  /** Calls the stand-in does not know, with why: must stay empty. */
  unknownCalls: string[];
  close: () => Promise<void>;
};

/** A 1×1 grey PNG: the signed-in person's avatar. */
const AVATAR = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCB3UNq9AAAAABJRU5ErkJggg==', 'base64');

type Route = { method: string; pattern: RegExp; handle: (match: RegExpExecArray, body: Record<string, unknown>, request: IncomingMessage) => Answer };
type Answer = { status: number; json?: unknown; raw?: Buffer; contentType?: string };

export async function startGitHubStandIn(options: { git: GitRepository; owner: string; repo: string; defaultBranch: string; token: string; user: StandInUser }): Promise<StandIn> {
  const calls: string[] = [];
  const unknownCalls: string[] = [];
  const state: StandInState = {
    git: options.git,
    nameWithOwner: `${options.owner}/${options.repo}`,
    repositoryId: 'R_standin_1',
    defaultBranch: options.defaultBranch,
    user: options.user,
    committer: { name: options.user.name, email: options.user.email },
    pullRequests: [],
    deployments: new Map(),
    log: (line) => calls.push(`  ${line}`),
  };
  const { schema, rootValue } = standInSchema(state);
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  const pullRequest = (number: string): PullRequest => {
    const pr = state.pullRequests.find((candidate) => candidate.number === Number(number));
    if (!pr) throw new GitHubError(404, 'Not Found');
    return pr;
  };
  const restPullRequest = (pr: PullRequest) => ({
    number: pr.number,
    node_id: pr.nodeId,
    title: pr.title,
    state: pr.state === 'OPEN' ? 'open' : 'closed',
    merged: pr.state === 'MERGED',
    draft: pr.draft,
    html_url: pr.htmlUrl,
    head: { ref: pr.head, sha: state.git.branchHead(pr.head) ?? pr.mergedHeadOid },
    base: { ref: pr.base },
    labels: pr.labels.map((name) => ({ name })),
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
  });
  const branchParam = (value: string) => decodeURI(value);

  const routes: Route[] = [
    { method: 'GET', pattern: /^\/user$/, handle: () => ({ status: 200, json: options.user }) },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/collaborators/([^/]+)$`),
      handle: ([, login]) => ({ status: decodeURIComponent(login) === options.user.login ? 204 : 404 }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/git/trees/([^/?]+)$`),
      handle: ([, revision]) => {
        const oid = state.git.resolve(`${branchParam(revision)}^{commit}`);
        if (!oid) throw new GitHubError(404, 'Not Found');
        return { status: 200, json: { sha: oid, truncated: false, tree: state.git.tree(oid) } };
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${repoPath}/git/blobs/([0-9a-f]{40})$`),
      handle: ([, sha], _body, request) => {
        if (state.git.objectType(sha) !== 'blob') throw new GitHubError(404, 'Not Found');
        if (request.headers.accept !== 'application/vnd.github.raw') return unknown(`blob ${sha} asked as ${request.headers.accept}, not raw`);
        const bytes = state.git.blob(sha);
        return { status: 200, raw: bytes, contentType: isBinary(bytes) ? 'application/octet-stream' : 'text/plain; charset=utf-8' };
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${repoPath}/pulls$`),
      handle: (_match, body) => {
        const { title, head, base, draft, body: text } = body as { title: string; head: string; base: string; draft: boolean; body: string };
        if (!state.git.branchHead(head) || !state.git.branchHead(base)) throw new GitHubError(422, 'Validation Failed');
        if (state.pullRequests.some((pr) => pr.head === head && pr.state === 'OPEN')) throw new GitHubError(422, `A pull request already exists for ${options.owner}:${head}.`);
        const number = state.pullRequests.length + 1;
        const now = new Date().toISOString();
        const pr: PullRequest = { number, nodeId: `PR_standin_${number}`, title, body: text, head, base, draft: !!draft, labels: [], state: 'OPEN', createdAt: now, updatedAt: now, htmlUrl: `https://github.com/${state.nameWithOwner}/pull/${number}`, mergedHeadOid: '' };
        state.pullRequests.push(pr);
        state.log(`pull request #${number} opened from ${head} into ${base}${pr.draft ? ' as a draft' : ''}`);
        return { status: 201, json: restPullRequest(pr) };
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${repoPath}/issues/(\\d+)/labels$`),
      handle: ([, number], body) => {
        const pr = pullRequest(number);
        pr.labels = [...new Set([...pr.labels, ...(body.labels as string[])])];
        return { status: 200, json: pr.labels.map((name) => ({ name })) };
      },
    },
    { method: 'GET', pattern: new RegExp(`^${repoPath}/issues/(\\d+)$`), handle: ([, number]) => ({ status: 200, json: restPullRequest(pullRequest(number)) }) },
    {
      method: 'PATCH',
      pattern: new RegExp(`^${repoPath}/issues/(\\d+)$`),
      handle: ([, number], body) => {
        const pr = pullRequest(number);
        if (body.labels) pr.labels = body.labels as string[];
        pr.updatedAt = new Date().toISOString();
        state.log(`pull request #${number} labelled ${pr.labels.join(', ')}`);
        return { status: 200, json: restPullRequest(pr) };
      },
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^${repoPath}/pulls/(\\d+)$`),
      handle: ([, number], body) => {
        const pr = pullRequest(number);
        if (body.state === 'closed' && pr.state === 'OPEN') pr.state = 'CLOSED';
        if (body.state === 'open' && pr.state === 'CLOSED') pr.state = 'OPEN';
        return { status: 200, json: restPullRequest(pr) };
      },
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^${repoPath}/pulls/(\\d+)/merge$`),
      handle: ([, number], body) => {
        const pr = pullRequest(number);
        // GitHub's own refusals: a draft cannot be merged, nor a closed pull request.
        if (pr.draft) throw new GitHubError(405, 'Pull Request is still a draft');
        if (pr.state !== 'OPEN') throw new GitHubError(405, 'Pull Request is not mergeable');
        const method = (body.merge_method as string | undefined) ?? 'merge';
        if (method !== 'merge' && method !== 'squash') return unknown(`merge_method ${method}`);
        pr.mergedHeadOid = state.git.branchHead(pr.head) ?? '';
        const title = (body.commit_title as string | undefined) ?? `Merge pull request #${pr.number} from ${pr.head}`;
        const sha = state.git.merge(pr.base, pr.head, title, state.committer, method === 'squash');
        pr.state = 'MERGED';
        pr.mergeCommit = sha;
        pr.updatedAt = new Date().toISOString();
        state.log(`pull request #${number} merged into ${pr.base} as ${sha.slice(0, 7)} (${method})`);
        return { status: 200, json: { sha, merged: true, message: 'Pull Request successfully merged' } };
      },
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^${repoPath}/git/refs/heads/(.+)$`),
      handle: ([, branch], body) => {
        state.git.moveBranch(branchParam(branch), body.sha as string);
        return { status: 200, json: { ref: `refs/heads/${branchParam(branch)}`, object: { sha: body.sha } } };
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^${repoPath}/git/refs/heads/(.+)$`),
      handle: ([, branch]) => {
        state.git.deleteBranch(branchParam(branch));
        state.log(`branch ${branchParam(branch)} deleted`);
        return { status: 204 };
      },
    },
  ];

  function unknown(why: string): Answer {
    unknownCalls.push(why);
    return { status: 501, json: { message: `The GitHub stand-in (written for Sveltia CMS ${WRITTEN_FOR_SVELTIA}) does not know this call: ${why}` } };
  }

  async function answerGraphQL(body: Record<string, unknown>): Promise<Answer> {
    const query = String(body.query ?? '');
    let document;
    try {
      document = parse(query);
    } catch (error) {
      return unknown(`GraphQL that does not parse: ${(error as Error).message}`);
    }
    const problems = validate(schema, document);
    if (problems.length) {
      const why = `GraphQL the stand-in does not know: ${problems.map((problem) => problem.message).join('; ')}`;
      unknownCalls.push(why);
      return { status: 200, json: { errors: problems.map((problem) => ({ message: `${why}`, locations: problem.locations })) } };
    }
    const operation = document.definitions[0];
    const firstField = operation.kind === 'OperationDefinition' && operation.selectionSet.selections[0]?.kind === 'Field' ? operation.selectionSet.selections[0].name.value : '?';
    calls.push(`GraphQL ${operation.kind === 'OperationDefinition' ? operation.operation : '?'} ${firstField}`);
    const result = await graphql({ schema, source: query, rootValue, variableValues: body.variables as Record<string, unknown> });
    // A resolver's error is one GitHub would give (a ref that exists, a head that moved): the CMS
    // handles some of these, so they are answered as GitHub does, with 200 and `errors`.
    return { status: 200, json: result };
  }

  async function answer(request: IncomingMessage): Promise<Answer> {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const method = request.method ?? 'GET';
    // githubstatus.com's summary, and avatars.githubusercontent.com's pictures, asked without a token.
    if (url.pathname.startsWith('/avatars/') && method === 'GET') return { status: 200, raw: AVATAR, contentType: 'image/png' };
    if (url.pathname === '/api/v2/status.json' && method === 'GET') return { status: 200, json: { status: { indicator: 'none', description: 'The GitHub stand-in is up' } } };
    if (request.headers.authorization !== `token ${options.token}`) return { status: 401, json: { message: 'Bad credentials' } };
    const text = await new Promise<string>((resolve) => {
      let data = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (data += chunk));
      request.on('end', () => resolve(data));
    });
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (url.pathname === '/graphql' && method === 'POST') return answerGraphQL(body);
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      calls.push(`${method} ${url.pathname}`);
      try {
        return route.handle(match, body, request);
      } catch (error) {
        if (error instanceof GitHubError) return { status: error.status, json: { message: error.message } };
        throw error;
      }
    }
    return unknown(`${method} ${url.pathname}${url.search}`);
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    answer(request)
      .catch((error: Error) => {
        unknownCalls.push(`${request.method} ${request.url} failed in the stand-in: ${error.stack ?? error.message}`);
        return { status: 500, json: { message: error.message } } as Answer;
      })
      .then(({ status, json, raw, contentType }) => {
        const bytes = raw ?? (json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(json)));
        response.writeHead(status, { 'Content-Type': contentType ?? 'application/json; charset=utf-8', 'Content-Length': bytes.length });
        response.end(bytes);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    state,
    calls,
    unknownCalls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
