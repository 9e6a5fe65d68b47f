// The problems compileSources reports for a content/ that must be refused.
import { compileSources, type SourceFile } from '../../../lib/knowledge/compile';
import { ContentError, formatProblem } from '../../../lib/knowledge/content-error';

/** The problems compileSources reports, as `file:line: problem` lines. */
export function problems(files: SourceFile[]): string[] {
  try {
    compileSources(files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the content to be rejected');
}
