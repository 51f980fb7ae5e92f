// What the stand-in holds besides git: its one repository, its one user and the pull requests.
import type { Committer, GitRepository } from './git-repository';

export type PullRequest = {
  number: number;
  nodeId: string;
  title: string;
  body: string;
  head: string;
  base: string;
  draft: boolean;
  labels: string[];
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  createdAt: string;
  updatedAt: string;
  htmlUrl: string;
  /** The head commit when merged (the branch may be gone by then). */
  mergedHeadOid: string;
  mergeCommit?: string;
};

/** The signed-in person, as GitHub's REST API `GET /user` describes them. */
export type StandInUser = { id: number; login: string; name: string; email: string; html_url: string; avatar_url: string };

export type StandInState = {
  git: GitRepository;
  nameWithOwner: string;
  repositoryId: string;
  defaultBranch: string;
  user: StandInUser;
  committer: Committer;
  pullRequests: PullRequest[];
  /** Deployments reported on a commit, as Vercel reports a preview of each pull request's head. */
  deployments: Map<string, { environment: string; state: 'SUCCESS' | 'PENDING' | 'FAILURE'; environmentUrl: string }[]>;
  log: (line: string) => void;
};
