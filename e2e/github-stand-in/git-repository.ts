// The repository behind the GitHub stand-in: a bare git repository on disk, changed only with git's
// own plumbing, so the branches, commits and merges the editor makes are real git objects that
// `git clone` and `git log` then show.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type TreeEntry = { path: string; mode: string; type: 'blob' | 'tree' | 'commit'; sha: string; size?: number };
export type CommitInfo = { oid: string; message: string; committedDate: string; authorName: string; authorEmail: string };
export type ChangedFile = { path: string; changeType: 'ADDED' | 'MODIFIED' | 'DELETED' | 'RENAMED' };
export type Committer = { name: string; email: string };

/** An error GitHub would answer with (its message is GitHub's wording where the editor reads it). */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const ZERO_OID = '0'.repeat(40);

/** Git's own test for a binary file: a NUL byte in its first 8,000 bytes. */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

export class GitRepository {
  constructor(readonly dir: string) {}

  /** A bare repository holding one commit of `files` (path → contents) on `branch`. */
  static create(dir: string, branch: string, files: Record<string, Buffer | string>, author: Committer): GitRepository {
    execFileSync('git', ['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir]);
    const repository = new GitRepository(dir);
    const additions = Object.entries(files).map(([file, contents]) => ({ path: file, contents: Buffer.from(contents) }));
    const tree = repository.treeWith(null, additions, []);
    const oid = repository.commitTree(tree, [], 'Initial content', author);
    repository.git(['update-ref', `refs/heads/${branch}`, oid, ZERO_OID]);
    return repository;
  }

  git(args: string[], options: { input?: Buffer | string; env?: Record<string, string> } = {}): string {
    return execFileSync('git', args, { cwd: this.dir, input: options.input, env: { ...process.env, ...options.env }, maxBuffer: 256 * 1024 * 1024 })
      .toString()
      .trimEnd();
  }

  /** The commit a branch points at, or null when there is no such branch. */
  branchHead(branch: string): string | null {
    try {
      return this.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch.replace(/^refs\/heads\//, '')}^{commit}`]);
    } catch {
      return null;
    }
  }

  branches(): string[] {
    const out = this.git(['for-each-ref', '--format=%(refname:strip=2)', 'refs/heads']);
    return out ? out.split('\n') : [];
  }

  /** A commit, branch or `rev:path` expression resolved to an object id, or null. */
  resolve(expression: string): string | null {
    try {
      return this.git(['rev-parse', '--verify', '--quiet', expression]);
    } catch {
      return null;
    }
  }

  objectType(oid: string): 'commit' | 'tree' | 'blob' | 'tag' | null {
    try {
      return this.git(['cat-file', '-t', oid]) as 'commit' | 'tree' | 'blob' | 'tag';
    } catch {
      return null;
    }
  }

  blob(oid: string): Buffer {
    return execFileSync('git', ['cat-file', 'blob', oid], { cwd: this.dir, maxBuffer: 256 * 1024 * 1024 });
  }

  /** Every file of a commit's tree, as `git ls-tree -r -l` lists them. */
  tree(revision: string): TreeEntry[] {
    const out = this.git(['ls-tree', '-r', '-l', '-z', revision]);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, file] = line.split('\t');
        const [mode, type, sha, size] = meta.split(/\s+/);
        return { path: file, mode, type: type as TreeEntry['type'], sha, ...(type === 'blob' ? { size: Number(size) } : {}) };
      });
  }

  commit(oid: string): CommitInfo {
    const [commit, authorName, authorEmail, committedDate, ...message] = this.git(['show', '-s', '--format=%H%n%an%n%ae%n%cI%n%B', oid]).split('\n');
    return { oid: commit, authorName, authorEmail, committedDate, message: message.join('\n').trim() };
  }

  /** Commits reachable from `oid`, newest first, touching `file` when given. */
  history(oid: string, first: number, file?: string): string[] {
    const out = this.git(['log', `-n${first}`, '--format=%H', oid, '--', ...(file ? [file] : [])]);
    return out ? out.split('\n') : [];
  }

  /** Files that differ between the merge base of `base` and `head`, and `head` (what a pull request shows). */
  changedFiles(base: string, head: string): ChangedFile[] {
    const mergeBase = this.git(['merge-base', base, head]);
    const out = this.git(['diff', '--name-status', '-z', '--find-renames', mergeBase, head]);
    const parts = out.split('\0').filter(Boolean);
    const files: ChangedFile[] = [];
    for (let i = 0; i < parts.length; ) {
      const status = parts[i++];
      if (status.startsWith('R')) {
        i++; // the old path
        files.push({ path: parts[i++], changeType: 'RENAMED' });
      } else {
        files.push({ path: parts[i++], changeType: status === 'A' ? 'ADDED' : status === 'D' ? 'DELETED' : 'MODIFIED' });
      }
    }
    return files;
  }

  createBranch(branch: string, oid: string): void {
    if (this.branchHead(branch)) throw new GitHubError(422, `A ref named "refs/heads/${branch}" already exists in the repository.`);
    if (this.objectType(oid) !== 'commit') throw new GitHubError(422, `Could not resolve to a commit with the oid ${oid}.`);
    this.git(['update-ref', `refs/heads/${branch}`, oid, ZERO_OID]);
  }

  moveBranch(branch: string, oid: string): void {
    if (!this.branchHead(branch)) throw new GitHubError(422, 'Reference does not exist');
    this.git(['update-ref', `refs/heads/${branch}`, oid]);
  }

  deleteBranch(branch: string): void {
    if (!this.branchHead(branch)) throw new GitHubError(422, 'Reference does not exist');
    this.git(['update-ref', '-d', `refs/heads/${branch}`]);
  }

  /** GraphQL's createCommitOnBranch: refused when the branch has moved past `expectedHead`. */
  commitOnBranch(branch: string, expectedHead: string, additions: { path: string; contents: Buffer }[], deletions: string[], message: string, author: Committer): string {
    const head = this.branchHead(branch);
    if (!head) throw new GitHubError(422, `Branch ${branch} does not exist.`);
    if (head !== expectedHead) throw new GitHubError(422, `Expected branch to point to "${expectedHead}" but it did not. Pull and try again.`);
    const tree = this.treeWith(head, additions, deletions);
    const oid = this.commitTree(tree, [head], message, author);
    this.git(['update-ref', `refs/heads/${branch}`, oid, head]);
    return oid;
  }

  /** A merge commit of `head` into `base` (`git merge-tree`, no work tree), or a squash when asked. */
  merge(base: string, head: string, message: string, author: Committer, squash: boolean): string {
    const baseOid = this.branchHead(base);
    const headOid = this.branchHead(head);
    if (!baseOid || !headOid) throw new GitHubError(422, 'Reference does not exist');
    let tree: string;
    try {
      tree = this.git(['merge-tree', '--write-tree', baseOid, headOid]).split('\n')[0];
    } catch {
      throw new GitHubError(405, 'Merge conflict');
    }
    const oid = this.commitTree(tree, squash ? [baseOid] : [baseOid, headOid], message, author);
    this.git(['update-ref', `refs/heads/${base}`, oid, baseOid]);
    return oid;
  }

  private commitTree(tree: string, parents: string[], message: string, author: Committer): string {
    const env = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    return this.git(['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-F', '-'], { input: message, env });
  }

  /** The tree of `base` (or an empty one) with files added or replaced and others removed. */
  private treeWith(base: string | null, additions: { path: string; contents: Buffer }[], deletions: string[]): string {
    const scratch = mkdtempSync(path.join(tmpdir(), 'stand-in-index-'));
    const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
    try {
      if (base) this.git(['read-tree', base], { env });
      for (const file of deletions) this.git(['update-index', '--force-remove', '--', file], { env });
      for (const addition of additions) {
        const blob = this.git(['hash-object', '-w', '--stdin'], { input: addition.contents });
        this.git(['update-index', '--add', '--cacheinfo', `100644,${blob},${addition.path}`], { env });
      }
      return this.git(['write-tree'], { env });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
