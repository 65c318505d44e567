// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Workbench } from '../../app/workbench/workbench';

describe('notices', () => {
  it('show the same message once however often it is given, newest last, three at most', () => {
    const wb = new Workbench({ isMac: false, openInTab: async () => undefined });
    wb.notify('Not exported: resolve the possible patient details first.', { tone: 'error' });
    wb.notify('Theme: dark');
    wb.notify('Not exported: resolve the possible patient details first.', { tone: 'error' });
    expect(wb.state.notices.map((notice) => notice.message)).toEqual([
      'Theme: dark',
      'Not exported: resolve the possible patient details first.',
    ]);
    for (const word of ['one', 'two', 'three', 'four']) wb.notify(word);
    expect(wb.state.notices.map((notice) => notice.message)).toEqual(['two', 'three', 'four']);
  });
});
