// The posts a pull request adds or changes, compared with `base` (a git revision): their folders
// under content/posts, from `git diff`. Printed as JSON for the content workflow's later steps.
// Usage: tsx scripts/ci/changed-posts.ts <base> > changed.json
import { execFileSync } from 'node:child_process';

export interface ChangedPost {
  folder: string;
  status: 'new' | 'changed';
}

/** Folders under content/posts that differ between `base` and the working tree, new or changed; deleted ones are left out. */
export function changedPosts(base: string, cwd = process.cwd()): ChangedPost[] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
  let inBase = new Set<string>();
  try {
    inBase = new Set(git('ls-tree', '-d', '--name-only', `${base}:content/posts`).split('\n').filter(Boolean));
  } catch {
    // No content/posts in the base (a first import): every post is new.
  }
  const changed = new Set(
    git('diff', '--name-only', '--no-renames', base, '--', 'content/posts')
      .split('\n')
      .concat(git('ls-files', '--others', '--exclude-standard', '--', 'content/posts').split('\n'))
      .map((file) => /^content\/posts\/([^/]+)\//.exec(file)?.[1])
      .filter((folder): folder is string => !!folder),
  );
  const present = new Set(git('ls-files', '--cached', '--others', '--exclude-standard', '--', 'content/posts').split('\n').map((file) => /^content\/posts\/([^/]+)\//.exec(file)?.[1]));
  return [...changed].filter((folder) => present.has(folder)).sort().map((folder) => ({ folder, status: inBase.has(folder) ? 'changed' : 'new' }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2];
  if (!base) {
    console.error('usage: tsx scripts/ci/changed-posts.ts <base revision>');
    process.exit(2);
  }
  console.log(JSON.stringify(changedPosts(base), null, 2));
}
