// @vitest-environment jsdom
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { safeFragment } from '../../components/mentor-page/safe-html';
import { summarySections } from '../../components/mentor-page/summary';
import { emptyDrafts, loadDrafts, storeDrafts, withComment } from '../../lib/mentoring/page/drafts';
import type { AppraisalSummary } from '../../lib/summary';

const holder = (fragment: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(fragment);
  return div;
};

describe('the page’s own view of the summary', () => {
  it('shows the doctor’s reflection on a section, as text, under the section', () => {
    const [section] = summarySections(
      [
        {
          id: 'health-wellbeing',
          title: 'Health and wellbeing',
          items: [{ type: 'line', text: 'Shared by choice.' }],
          reflection: '<b>Nights</b> are hard;\nswimming helps.',
        },
      ],
      () => document.createElement('div'),
    );
    expect(section?.textContent).toContain('Your reflection:');
    expect(section?.querySelector('.reflection')?.textContent).toBe('<b>Nights</b> are hard;\nswimming helps.');
    expect(section?.querySelector('b')).toBeNull();
  });

  it('rebuilds even unsanitised markup with no script, frame, SVG, handler, javascript: link or remote image', () => {
    const view = holder(
      safeFragment(
        '<p onclick="alert(1)">Kept <strong>words</strong></p><script>window.__pwned = 1</script>' +
          '<iframe src="https://example.com"></iframe><svg onload="alert(1)"><circle/></svg>' +
          '<a href="javascript:alert(1)">bad link</a><a href="https://nhs.uk">good link</a>' +
          '<img src="https://example.com/t.png" alt="remote"><img src="data:image/png;base64,AAAA" alt="local">',
      ),
    );
    expect(view.querySelector('script, iframe, svg, [onclick], [onload]')).toBeNull();
    expect(view.textContent).toContain('Kept words');
    expect(view.querySelector('a:not([href])')?.textContent).toBe('bad link');
    expect(view.querySelector('a[href="https://nhs.uk"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect([...view.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      null,
      'data:image/png;base64,AAAA',
    ]);
  });

  it('shows a title as the text it is, and gives each entry and goal one box labelled “Comment on …”', () => {
    const entry = {
      id: 'e1',
      title: '<img src=x onerror=alert(1)> Chairing M&M',
      date: '2026-01-01',
      dateLabel: '1 Jan 2026',
      kind: 'reflection' as const,
      kindLabel: 'Reflection',
      inclusion: 'title' as const,
      learningPoints: ['Keep it blame-free'],
      starred: false,
    };
    const goal = {
      id: 'g1',
      title: 'Lead a QI project',
      status: 'planned' as const,
      statusLabel: 'Planned',
      overdue: false,
      competencies: [],
      linkedCount: 0,
      linked: [],
    };
    const sections: AppraisalSummary['sections'] = [
      { id: 'a', title: 'Reflections', items: [{ type: 'entry', entry }] },
      { id: 'b', title: 'Again', items: [{ type: 'group', title: 'Group', items: [{ type: 'entry', entry }] }] },
      { id: 'c', title: 'Plan', items: [{ type: 'goal', goal }] },
    ];
    const labels: string[] = [];
    const view = document.createElement('main');
    view.append(
      ...summarySections(sections, (_target, label) => {
        labels.push(label);
        return document.createElement('textarea');
      }),
    );
    expect(labels).toEqual([
      'Comment on “<img src=x onerror=alert(1)> Chairing M&M”',
      'Comment on the goal “Lead a QI project”',
    ]);
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('h3')?.textContent).toContain('<img src=x onerror=alert(1)> Chairing M&M');
  });
});

describe('the mentor’s drafts', () => {
  it('are sealed with the page’s key when the page was, and open only with it', async () => {
    const subtle = webcrypto.subtle;
    const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const other = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const drafts = withComment(emptyDrafts(), { kind: 'summary' }, 'A good year.', 1, () => 'c1');
    const stored = await storeDrafts(drafts, key as CryptoKey);
    expect(stored).not.toContain('A good year');
    expect(await loadDrafts(stored, key as CryptoKey)).toEqual(drafts);
    await expect(loadDrafts(stored, other as CryptoKey)).rejects.toThrow();
    expect(await loadDrafts(await storeDrafts(drafts))).toEqual(drafts);
  });
});
