// A mistake in content/, reported as `file:line: problem` so an editor can jump
// to it. Validation collects every problem before throwing, so one build shows
// them all instead of one per run.

export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  problem: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.problem}`;
}

export class ContentError extends Error {
  override readonly name = 'ContentError';
  /** Every problem found, ordered by file then line; the fields below mirror the first. */
  readonly problems: readonly ContentProblem[];
  readonly file: string;
  readonly line: number;
  readonly problem: string;

  constructor(problems: ContentProblem | readonly ContentProblem[]) {
    const list = sortProblems('problem' in problems ? [problems] : problems);
    const first = list[0];
    if (!first) throw new TypeError('ContentError needs at least one problem');
    super(list.map(formatProblem).join('\n'));
    this.problems = list;
    this.file = first.file;
    this.line = first.line;
    this.problem = first.problem;
  }
}

function sortProblems(list: readonly ContentProblem[]): ContentProblem[] {
  // Stable sort: problems on the same line keep the order they were found in.
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** Collects problems while a pass goes on, then throws them together. */
export class ProblemLog {
  readonly problems: ContentProblem[] = [];

  add(file: string, line: number, problem: string): void {
    this.problems.push({ file, line, problem });
  }

  get size(): number {
    return this.problems.length;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new ContentError(this.problems);
  }
}
