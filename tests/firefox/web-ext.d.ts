// web-ext ships no types; this declares the one call the lint test makes, as
// web-ext 10 and addons-linter 10 define it (lib/cmd/lint.js, Linter#output).
declare module 'web-ext' {
  export interface LintMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description?: string | string[];
    file?: string;
    line?: number;
    column?: number;
  }

  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
    metadata: { id?: string; manifestVersion?: number; totalScannedFileSize?: number };
  }

  export interface LintOptions {
    sourceDir: string;
    /** 'none' keeps the linter from printing; the result is returned instead. */
    output?: 'none' | 'json' | 'text';
    selfHosted?: boolean;
    warningsAsErrors?: boolean;
    ignoreFiles?: string[];
  }

  export const cmd: {
    lint: (options: LintOptions, deps?: { shouldExitProgram?: boolean }) => Promise<LintResult>;
  };
}
