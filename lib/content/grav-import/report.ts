// The migration report: Markdown a person reads after `npm run import:grav`, written beside the
// output. What needs a person comes first; then every post with what changed on the way.

import { formatProblem, type ContentProblem } from '../errors';
import type { GravSettings } from './index';
import type { Notes } from './notes';

export interface ImportedEntry {
  /** The Grav folder, relative to the Grav `pages/` folder. */
  from: string;
  slug: string;
  files: string[];
  aliases: string[];
  notes: Notes;
}

/** What `npm run import:grav` did (scripts/import-grav.ts), and what the report is made from. */
export interface ImportReport {
  source: string;
  settings: GravSettings & { config: string | null };
  imported: ImportedEntry[];
  /** Folders that are not posts, or whose slug is taken. */
  skipped: Array<{ from: string; reason: string }>;
  /** Posts that could not be written at all: the only reason to exit non-zero. */
  failed: Array<{ from: string; reason: string }>;
  /** What the site's loader says of the result (no errors: a post with one is in `failed`). */
  problems: ContentProblem[];
}

const list = (lines: string[]) => lines.map((line) => `- ${line.replace(/\n/g, ' ')}`).join('\n');

export function renderReport(report: ImportReport, dryRun: boolean): string {
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const people = report.imported.filter((entry) => entry.notes.forPerson.length > 0);
  const { settings } = report;
  const parts = [
    `# Grav import report${dryRun ? ' (dry run: nothing written)' : ''}`,
    `Source: \`${report.source}\`. Grav settings: ${settings.config ? `\`${settings.config}\`` : 'no system.yaml (Grav defaults)'}; date format ${settings.dateFormat ? `\`${settings.dateFormat}\`` : 'none (read as PHP does)'}; time zone ${settings.timeZone}; languages ${settings.languages.join(', ') || 'one'}; lowercase URLs ${settings.lowercase ? 'on' : 'off'}.`,
    `**${report.imported.length}** imported, **${people.length}** of them with something for a person to check; **${report.skipped.length}** skipped; **${report.failed.length}** could not be written. Content check of the result: ${errors} error(s), ${report.problems.length - errors} warning(s).`,
  ];
  if (report.failed.length) parts.push('## Could not be written', list(report.failed.map((f) => `\`${f.from}\`: ${f.reason}`)));
  if (people.length) {
    parts.push('## For a person to check');
    for (const entry of people) parts.push(`### ${entry.slug} (\`${entry.from}\`)`, list(entry.notes.forPerson));
  }
  const rows = report.imported.map((entry) => `| \`${entry.from}\` | ${entry.slug} | ${entry.files.length} | ${entry.aliases.map((a) => `\`${a}\``).join(' ') || '—'} |`);
  parts.push('## Posts', ['| Grav folder | slug | files | old addresses (besides /blog/<slug>) |', '| --- | --- | --- | --- |', ...rows].join('\n'));
  for (const entry of report.imported) {
    if (entry.notes.changes.length) parts.push(`### ${entry.slug}: changes`, list(entry.notes.changes));
  }
  if (report.skipped.length) parts.push('## Skipped', list(report.skipped.map((s) => `\`${s.from}\`: ${s.reason}`)));
  if (report.problems.length) parts.push('## Content check', list(report.problems.map(formatProblem)));
  return `${parts.join('\n\n')}\n`;
}
