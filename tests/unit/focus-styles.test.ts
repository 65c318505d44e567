import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const styles = (name: string) => readFileSync(new URL(`../../components/styles/${name}`, import.meta.url), 'utf8');

/** The declarations of the rule whose selector is exactly `selector`. */
function ruleFor(css: string, selector: string): string | undefined {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(css)?.[1];
}

describe('the date field’s calendar button', () => {
  it.each(['::-webkit-calendar-picker-indicator:focus', '::-webkit-calendar-picker-indicator:focus-visible'])(
    'shows the same focus ring as everything else when %s',
    (selector) => {
      const workbench = styles('workbench.css');
      const ring = ruleFor(workbench, ':focus-visible');
      expect(ring).toMatch(/outline:\s*2px solid var\(--focusBorder\)/);
      expect(ruleFor(workbench, selector)).toMatch(/outline:\s*2px solid var\(--focusBorder\)/);
    },
  );

  it('has a focus colour in every theme', () => {
    const theme = styles('theme.css');
    for (const name of ['light', 'dark', 'high-contrast']) {
      const block = new RegExp(`\\[data-theme="${name}"\\][^{]*\\{([^}]*)\\}`).exec(theme)?.[1];
      expect(block, name).toMatch(/--focusBorder:\s*#[0-9a-f]{6}/i);
    }
  });
});
