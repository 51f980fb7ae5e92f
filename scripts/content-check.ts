// npm run content:check [paths…]: checks posts without building the site. Prints every problem as
// `path:line:column: error|warning: message` (and GitHub annotations under GitHub Actions), then a
// summary; exits 1 when there is an error.
import { checkContent, githubAnnotation } from '../lib/content/check';
import { formatProblem } from '../lib/content/errors';
import { contentDir } from '../lib/content/paths';

const started = Date.now();
const { problems, postCount } = await checkContent(contentDir(), process.argv.slice(2));
for (const problem of problems) {
  console.log(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS) console.log(githubAnnotation(problem));
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  `\n${postCount} post${postCount === 1 ? '' : 's'} read in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
);
process.exitCode = errors > 0 ? 1 : 0;
