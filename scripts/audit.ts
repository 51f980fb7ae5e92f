// npm run audit: `npm audit --omit=dev`, failing on any high or critical advisory for a package the
// site runs. Where the advisory database cannot be reached (this project's build network answers
// 405), it says so and passes, unless AUDIT_REQUIRED=1 asks for a verdict.
import { spawnSync } from 'node:child_process';
import { readAuditReport, readOutdated } from './audit-report';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json', '--fetch-retries=0'], { encoding: 'utf8', timeout: 60_000 });
const verdict = readAuditReport(run.stdout ?? '');

if (verdict.kind === 'unavailable') {
  console.log(`npm audit: no verdict, the advisory database could not be reached: ${verdict.reason}`);
  // The registry's package pages still answer: name the site's packages that have a newer release,
  // since security fixes ship as releases.
  const outdated = spawnSync('npm', ['outdated', '--omit=dev', '--json', '--fetch-retries=0'], { encoding: 'utf8', timeout: 60_000 });
  const newer = readOutdated(outdated.stdout ?? '');
  if (newer === null) console.log('Newer releases could not be looked up either.');
  else if (newer.length === 0) console.log('Every package the site runs is at its newest release.');
  else console.log(`Packages the site runs with a newer release (check their notes for security fixes):\n  ${newer.join('\n  ')}`);
  process.exitCode = process.env.AUDIT_REQUIRED === '1' ? 1 : 0;
} else {
  const summary = Object.entries(verdict.counts)
    .filter(([severity]) => severity !== 'total')
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  console.log(`npm audit --omit=dev: ${summary}.`);
  for (const finding of verdict.blocking) {
    console.log(`  ${finding.severity}: ${finding.name}\n    ${finding.advisories.join('\n    ')}`);
  }
  if (verdict.blocking.length > 0) {
    console.log('Fix: update the package (npm update <name> or a newer pinned version), then npm run audit again.');
  }
  process.exitCode = verdict.blocking.length > 0 ? 1 : 0;
}
