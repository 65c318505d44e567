// web-ext ships no type declarations: these cover the part of its API the build tests use.
declare module 'web-ext' {
  export interface LintMessage {
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
  }

  export interface LintParams {
    sourceDir: string;
    output: 'json' | 'text' | 'none';
    selfHosted: boolean;
    metadata: boolean;
    warningsAsErrors: boolean;
    boring: boolean;
  }

  const webExt: {
    cmd: {
      lint(params: LintParams, options: { shouldExitProgram: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
