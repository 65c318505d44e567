import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every WCAG A/AA failure axe finds on the page, one readable line per rule and node. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`,
    ),
  );
}

export async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length)
    console.log(`axe: ${violations.length} violation(s) in ${where}:\n  ${violations.join('\n  ')}`);
  expect(violations, `axe violations in ${where}`).toEqual([]);
}
