// The part of GitHub's GraphQL API that Sveltia CMS 0.221.1 asks for with the GitHub backend and
// the editorial workflow (its src/lib/services/backends/git/github/*.js): reading the repository,
// creating a branch, committing on it, listing and drafting its pull requests. Field and type names
// are GitHub's (docs.github.com/en/graphql/reference). A query asking for anything else fails
// validation, and the stand-in reports it as an unknown call.
import { buildSchema, GraphQLError, type GraphQLSchema } from 'graphql';
import { GitHubError, isBinary, type GitRepository } from './git-repository';
import type { PullRequest, StandInState } from './state';

const SDL = /* GraphQL */ `
  scalar GitObjectID
  scalar DateTime
  scalar URI
  scalar Base64String

  type Query {
    repository(owner: String!, name: String!): Repository
  }

  type Repository {
    id: ID!
    nameWithOwner: String!
    defaultBranchRef: Ref
    ref(qualifiedName: String!): Ref
    object(oid: GitObjectID, expression: String): GitObject
    pullRequests(states: [PullRequestState!], labels: [String!], headRefName: String, first: Int, orderBy: IssueOrder): PullRequestConnection!
  }

  interface GitObject {
    oid: GitObjectID!
  }

  type Ref {
    name: String!
    target: GitObject
  }

  type Commit implements GitObject {
    oid: GitObjectID!
    message: String!
    committedDate: DateTime!
    author: GitActor
    history(first: Int, path: String): CommitHistoryConnection!
    file(path: String!): TreeEntry
    status: Status
    deployments(last: Int, orderBy: DeploymentOrder): DeploymentConnection
    checkSuites(last: Int): CheckSuiteConnection
  }

  # Where the editor looks for a pull request's preview: Vercel reports a deployment per commit.
  type Status {
    contexts: [StatusContext!]!
  }

  type StatusContext {
    context: String!
    state: StatusState!
    targetUrl: URI
    description: String
  }

  enum StatusState {
    ERROR
    EXPECTED
    FAILURE
    PENDING
    SUCCESS
  }

  enum DeploymentOrderField {
    CREATED_AT
  }

  input DeploymentOrder {
    field: DeploymentOrderField!
    direction: OrderDirection!
  }

  type DeploymentConnection {
    nodes: [Deployment]
  }

  type Deployment {
    environment: String
    latestStatus: DeploymentStatus
  }

  enum DeploymentStatusState {
    ERROR
    FAILURE
    INACTIVE
    IN_PROGRESS
    PENDING
    QUEUED
    SUCCESS
    WAITING
  }

  type DeploymentStatus {
    state: DeploymentStatusState!
    environmentUrl: URI
    description: String
  }

  type CheckSuiteConnection {
    nodes: [CheckSuite]
  }

  type CheckSuite {
    checkRuns(last: Int): CheckRunConnection
  }

  type CheckRunConnection {
    nodes: [CheckRun]
  }

  type CheckRun {
    name: String!
    status: String!
    conclusion: String
    detailsUrl: URI
    summary: String
  }

  type Tree implements GitObject {
    oid: GitObjectID!
  }

  type Blob implements GitObject {
    oid: GitObjectID!
    byteSize: Int!
    isBinary: Boolean
    isTruncated: Boolean!
    text: String
  }

  type TreeEntry {
    oid: GitObjectID!
    path: String
  }

  type CommitHistoryConnection {
    nodes: [Commit]
    totalCount: Int!
  }

  type GitActor {
    name: String
    email: String
    avatarUrl: URI!
    user: User
  }

  interface Actor {
    login: String!
    avatarUrl: URI!
  }

  type User implements Actor {
    login: String!
    avatarUrl: URI!
    name: String
    email: String!
    databaseId: Int
  }

  type Label {
    name: String!
  }

  type LabelConnection {
    nodes: [Label]
  }

  enum PatchStatus {
    ADDED
    CHANGED
    COPIED
    DELETED
    MODIFIED
    RENAMED
  }

  type PullRequestChangedFile {
    path: String!
    changeType: PatchStatus!
  }

  type PullRequestChangedFileConnection {
    nodes: [PullRequestChangedFile]
  }

  enum PullRequestState {
    OPEN
    CLOSED
    MERGED
  }

  enum IssueOrderField {
    CREATED_AT
    UPDATED_AT
    COMMENTS
  }

  enum OrderDirection {
    ASC
    DESC
  }

  input IssueOrder {
    field: IssueOrderField!
    direction: OrderDirection!
  }

  type PullRequest {
    id: ID!
    number: Int!
    title: String!
    url: URI!
    isDraft: Boolean!
    isCrossRepository: Boolean!
    createdAt: DateTime!
    updatedAt: DateTime!
    headRefName: String!
    headRefOid: GitObjectID!
    author: Actor
    labels(first: Int): LabelConnection
    files(first: Int): PullRequestChangedFileConnection
  }

  type PullRequestConnection {
    nodes: [PullRequest]
    totalCount: Int!
  }

  type Mutation {
    createRef(input: CreateRefInput!): CreateRefPayload
    createCommitOnBranch(input: CreateCommitOnBranchInput!): CreateCommitOnBranchPayload
    convertPullRequestToDraft(input: ConvertPullRequestToDraftInput!): PullRequestPayload
    markPullRequestReadyForReview(input: MarkPullRequestReadyForReviewInput!): PullRequestPayload
  }

  input CreateRefInput {
    repositoryId: ID!
    name: String!
    oid: GitObjectID!
  }

  type CreateRefPayload {
    ref: Ref
  }

  input CommittableBranch {
    repositoryNameWithOwner: String
    branchName: String
    id: ID
  }

  input FileAddition {
    path: String!
    contents: Base64String!
  }

  input FileDeletion {
    path: String!
  }

  input FileChanges {
    additions: [FileAddition!]
    deletions: [FileDeletion!]
  }

  input CommitMessage {
    headline: String!
    body: String
  }

  input CreateCommitOnBranchInput {
    branch: CommittableBranch!
    expectedHeadOid: GitObjectID!
    fileChanges: FileChanges
    message: CommitMessage!
  }

  type CreateCommitOnBranchPayload {
    commit: Commit
  }

  input ConvertPullRequestToDraftInput {
    pullRequestId: ID!
  }

  input MarkPullRequestReadyForReviewInput {
    pullRequestId: ID!
  }

  type PullRequestPayload {
    pullRequest: PullRequest
  }
`;

type GitObjectValue = { __typename: 'Commit' | 'Tree' | 'Blob'; oid: string };

function gitObject(git: GitRepository, oid: string | null): GitObjectValue | null {
  const type = oid ? git.objectType(oid) : null;
  if (!oid || !type || type === 'tag') return null;
  return { __typename: type === 'commit' ? 'Commit' : type === 'tree' ? 'Tree' : 'Blob', oid };
}

function failed(error: unknown): never {
  if (error instanceof GitHubError) throw new GraphQLError(error.message, { extensions: { type: 'UNPROCESSABLE' } });
  throw error;
}

export function standInSchema(state: StandInState): { schema: GraphQLSchema; rootValue: Record<string, unknown> } {
  const schema = buildSchema(SDL);
  const { git } = state;

  const commitFields = (oid: string) => {
    const info = git.commit(oid);
    return {
      __typename: 'Commit',
      oid,
      message: info.message,
      committedDate: info.committedDate,
      author: { name: info.authorName, email: info.authorEmail, avatarUrl: state.user.avatar_url, user: info.authorEmail === state.user.email ? userNode(state) : null },
      history: ({ first = 100, path }: { first?: number; path?: string }) => {
        const nodes = git.history(oid, first, path).map(commitFields);
        return { nodes, totalCount: nodes.length };
      },
      file: ({ path }: { path: string }) => {
        const blob = git.resolve(`${oid}:${path}`);
        return blob ? { oid: blob, path } : null;
      },
      status: null,
      deployments: () => ({ nodes: (state.deployments.get(oid) ?? []).map(({ environment, state: status, environmentUrl }) => ({ environment, latestStatus: { state: status, environmentUrl, description: null } })) }),
      checkSuites: () => ({ nodes: [] }),
    };
  };

  const objectFields = (value: GitObjectValue | null) => {
    if (!value) return null;
    if (value.__typename === 'Commit') return commitFields(value.oid);
    if (value.__typename === 'Blob') {
      const bytes = git.blob(value.oid);
      const binary = isBinary(bytes);
      return { ...value, byteSize: bytes.length, isBinary: binary, isTruncated: false, text: binary ? null : bytes.toString('utf8') };
    }
    return value;
  };

  const refFields = (qualifiedName: string) => {
    const name = qualifiedName.replace(/^refs\/heads\//, '');
    const head = git.branchHead(name);
    return head ? { name, target: objectFields(gitObject(git, head)) } : null;
  };

  const pullRequestFields = (pr: PullRequest) => ({
    id: pr.nodeId,
    number: pr.number,
    title: pr.title,
    url: pr.htmlUrl,
    isDraft: pr.draft,
    isCrossRepository: false,
    createdAt: pr.createdAt,
    updatedAt: pr.updatedAt,
    headRefName: pr.head,
    headRefOid: git.branchHead(pr.head) ?? pr.mergedHeadOid,
    author: { __typename: 'User', ...userNode(state) },
    labels: () => ({ nodes: pr.labels.map((name) => ({ name })) }),
    files: () => ({ nodes: git.branchHead(pr.head) ? git.changedFiles(pr.base, pr.head) : [] }),
  });

  const pullRequestById = (id: string) => {
    const pr = state.pullRequests.find((candidate) => candidate.nodeId === id);
    if (!pr) throw new GraphQLError(`Could not resolve to a node with the global id of '${id}'.`, { extensions: { type: 'NOT_FOUND' } });
    return pr;
  };

  const repository = ({ owner, name }: { owner: string; name: string }) => {
    if (`${owner}/${name}` !== state.nameWithOwner) return null;
    return {
      id: state.repositoryId,
      nameWithOwner: state.nameWithOwner,
      defaultBranchRef: () => refFields(state.defaultBranch),
      ref: ({ qualifiedName }: { qualifiedName: string }) => refFields(qualifiedName),
      object: ({ oid, expression }: { oid?: string; expression?: string }) => objectFields(gitObject(git, oid ?? (expression ? git.resolve(expression) : null))),
      pullRequests: ({ states, labels, headRefName }: { states?: string[]; labels?: string[]; headRefName?: string }) => {
        const matching = state.pullRequests
          .filter((pr) => !states || states.includes(pr.state))
          .filter((pr) => !labels || pr.labels.some((label) => labels.includes(label)))
          .filter((pr) => !headRefName || pr.head === headRefName)
          .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        return { nodes: matching.map(pullRequestFields), totalCount: matching.length };
      },
    };
  };

  const rootValue = {
    repository,
    createRef: ({ input }: { input: { repositoryId: string; name: string; oid: string } }) => {
      if (input.repositoryId !== state.repositoryId) throw new GraphQLError(`Could not resolve to a node with the global id of '${input.repositoryId}'.`);
      const branch = input.name.replace(/^refs\/heads\//, '');
      try {
        git.createBranch(branch, input.oid);
      } catch (error) {
        failed(error);
      }
      state.log(`branch ${branch} created at ${input.oid.slice(0, 7)}`);
      return { ref: refFields(branch) };
    },
    createCommitOnBranch: ({ input }: { input: { branch: { repositoryNameWithOwner?: string; branchName?: string }; expectedHeadOid: string; fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] }; message: { headline: string; body?: string } } }) => {
      if (input.branch.repositoryNameWithOwner !== state.nameWithOwner || !input.branch.branchName) throw new GraphQLError('A branch must name this repository and a branch.');
      const additions = (input.fileChanges?.additions ?? []).map(({ path, contents }) => ({ path, contents: Buffer.from(contents, 'base64') }));
      const deletions = (input.fileChanges?.deletions ?? []).map(({ path }) => path);
      const message = [input.message.headline, input.message.body].filter(Boolean).join('\n\n');
      let oid = '';
      try {
        oid = git.commitOnBranch(input.branch.branchName, input.expectedHeadOid, additions, deletions, message, state.committer);
      } catch (error) {
        failed(error);
      }
      const pr = state.pullRequests.find((candidate) => candidate.head === input.branch.branchName && candidate.state === 'OPEN');
      if (pr) pr.updatedAt = new Date().toISOString();
      state.log(`commit ${oid.slice(0, 7)} on ${input.branch.branchName}: ${additions.map((a) => a.path).join(', ')}`);
      return { commit: commitFields(oid) };
    },
    convertPullRequestToDraft: ({ input }: { input: { pullRequestId: string } }) => {
      const pr = pullRequestById(input.pullRequestId);
      pr.draft = true;
      return { pullRequest: pullRequestFields(pr) };
    },
    markPullRequestReadyForReview: ({ input }: { input: { pullRequestId: string } }) => {
      const pr = pullRequestById(input.pullRequestId);
      pr.draft = false;
      state.log(`pull request #${pr.number} ready for review`);
      return { pullRequest: pullRequestFields(pr) };
    },
  };

  // Interfaces resolve by the __typename each value carries.
  for (const name of ['GitObject', 'Actor']) {
    const type = schema.getType(name) as unknown as { resolveType: (value: { __typename: string }) => string };
    type.resolveType = (value) => value.__typename;
  }
  return { schema, rootValue };
}

function userNode(state: StandInState) {
  return { login: state.user.login, avatarUrl: state.user.avatar_url, name: state.user.name, email: state.user.email, databaseId: state.user.id };
}
