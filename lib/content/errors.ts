// Problems found in content. Every one names the file (relative to the project), the line and
// column where known, the field where there is one, and says what was found and what was expected.

export type Severity = 'error' | 'warning';

export interface ContentProblem {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  severity: Severity;
  message: string;
}

/** `path:line:column: severity: field 'x': message`, the form editors and CI annotations understand. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line, problem.line ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const field = problem.field ? `field '${problem.field}': ` : '';
  return `${where}: ${problem.severity}: ${field}${problem.message}`;
}

/** Thrown when content cannot be used: carries every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Collects problems while a file is read; positions are filled in by whoever knows them. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  constructor(readonly file: string) {}

  error(message: string, at: Omit<Partial<ContentProblem>, 'severity' | 'message' | 'file'> = {}): void {
    this.items.push({ file: this.file, ...at, severity: 'error', message });
  }

  warn(message: string, at: Omit<Partial<ContentProblem>, 'severity' | 'message' | 'file'> = {}): void {
    this.items.push({ file: this.file, ...at, severity: 'warning', message });
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}
