import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import webExt, { type LintMessage } from 'web-ext';

const SOURCE_DIR = resolve('.output/firefox-mv2');

function describeMessage(message: LintMessage): string {
  const where = message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : '';
  const why = [message.description ?? []].flat().join(' ');
  return `${message.code}: ${message.message}${where}${why ? `\n    ${why}` : ''}`;
}

describe('the Firefox build', () => {
  it('passes web-ext lint, the checks addons.mozilla.org runs, without errors', async () => {
    if (!existsSync(resolve(SOURCE_DIR, 'manifest.json'))) {
      throw new Error('No Firefox build at .output/firefox-mv2: run "npm run build:all" first.');
    }
    const result = await webExt.cmd.lint(
      // output 'none': the linter prints nothing itself; the messages are printed below.
      {
        sourceDir: SOURCE_DIR,
        output: 'none',
        selfHosted: false,
        metadata: false,
        warningsAsErrors: false,
        boring: true,
      },
      { shouldExitProgram: false },
    );
    for (const [kind, messages] of [
      ['error', result.errors],
      ['warning', result.warnings],
    ] as const) {
      if (messages.length)
        console.log(`web-ext lint: ${messages.length} ${kind}(s):\n  ${messages.map(describeMessage).join('\n  ')}`);
    }
    expect(result.errors.map(describeMessage)).toEqual([]);
  });
});
