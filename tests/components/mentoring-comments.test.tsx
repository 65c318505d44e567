// @vitest-environment jsdom
// jsdom, not happy-dom: these check the sanitiser, and DOMPurify does not sanitise under happy-dom.
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../lib/dates';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  addMentorComment,
  createFeedbackFile,
  createShareBundle,
  getMenteeId,
  importFeedback,
  openBundle,
  readFeedbackFile,
} from '../../lib/mentoring';
import { buildSummary } from '../../lib/summary';
import { componentSession } from './render';

const session = componentSession();
const NOW = Date.now();
const TODAY = localIsoDate();
const PERIOD = { label: 'This year', start: `${TODAY.slice(0, 4)}-01-01`, end: `${TODAY.slice(0, 4)}-12-31` };
const HOSTILE = 'Look <img src=x onerror=alert(1)> and [this](javascript:alert(1)).';

/** One browser plays both parts: the mentee shares, the mentor opens it and comments. */
async function sharedAndCommented(comments: string[]): Promise<string> {
  const entry = Entry.parse({
    id: 'a',
    title: 'Ward round',
    body: 'Calm.',
    occurredOn: TODAY,
    createdAt: NOW,
    updatedAt: NOW,
  });
  const menteeId = await getMenteeId();
  const summary = buildSummary([entry], [], FRAMEWORKS, PERIOD);
  await openBundle(createShareBundle(summary, { menteeId, displayName: 'Dr Siân O’Neill' }));
  for (const text of comments) await addMentorComment(menteeId, { kind: 'entry', id: 'a' }, text);
  return menteeId;
}

function expectInert(container: Element) {
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(`${element.tagName} ${attribute}`).not.toMatch(/ on/);
    expect(element.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    expect(element.getAttribute('src') ?? '').not.toBe('x');
  }
  expect(container.querySelector('script, iframe, object, embed')).toBeNull();
}

describe('comments between mentor and mentee', () => {
  it('shows the mentor their comments as formatted text, with hostile markup made harmless', async () => {
    const menteeId = await sharedAndCommented(['Great work **really**.', HOSTILE]);
    const { workbench, container } = session.render();
    await workbench.showPage({ type: 'mentee', menteeId });

    const bold = await screen.findByText('really', { selector: 'strong' }, { timeout: 3000 });
    expect(bold.closest('li')?.textContent).toContain('Great work really.');
    expect(screen.queryByText(/\*\*really\*\*/)).toBeNull();
    await waitFor(() => expect(screen.queryByText(/onerror/)).toBeNull());
    expectInert(container);
  });

  it('shows the mentee imported comments as formatted text, with hostile markup made harmless', async () => {
    const menteeId = await sharedAndCommented(['Great work **really**.', HOSTILE]);
    const file = await createFeedbackFile(menteeId, 'Dr Patel');
    const read = await readFeedbackFile(file.text);
    if (!read.ok) throw new Error(read.error.message);
    await importFeedback(read.file);
    const { workbench, container } = session.render();
    await workbench.showPage({ type: 'feedback' });

    const bold = await screen.findByText('really', { selector: 'strong' }, { timeout: 3000 });
    expect(bold.parentElement?.textContent?.trim()).toBe('Great work really.');
    expect(screen.queryByText(/\*\*really\*\*/)).toBeNull();
    await waitFor(() => expect(screen.queryByText(/onerror/)).toBeNull());
    expectInert(container);
  });

  it('keeps the mentor in their view when they click a shared entry’s title, at its comment box', async () => {
    const menteeId = await sharedAndCommented([]);
    const { workbench } = session.render();
    await workbench.showPage({ type: 'mentee', menteeId });

    const title = await screen.findByRole('button', { name: 'Ward round' }, { timeout: 3000 });
    title.click();
    const box = screen.getByRole('textbox', { name: 'Comment on “Ward round”' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(workbench.state.editor).toEqual({ type: 'mentee', menteeId });
    expect(screen.queryByText(/could not be found/)).toBeNull();
  });

  it('shows the mentee a comment on the entry it is about, and takes them there from Feedback', async () => {
    const menteeId = await sharedAndCommented(['Good escalation: say more about **why**.']);
    await session.db.entries.add(
      Entry.parse({ id: 'a', title: 'Ward round', body: 'Calm.', occurredOn: TODAY, createdAt: NOW, updatedAt: NOW }),
    );
    const file = await createFeedbackFile(menteeId, 'Dr Patel');
    const read = await readFeedbackFile(file.text);
    if (!read.ok) throw new Error(read.error.message);
    await importFeedback(read.file);
    const { workbench } = session.render();
    await workbench.showPage({ type: 'feedback' });

    const link = await screen.findByRole('button', { name: '“Ward round”' }, { timeout: 3000 });
    link.click();
    const onEntry = await screen.findByRole('region', { name: 'From your mentor' }, { timeout: 3000 });
    expect(workbench.state.editor).toMatchObject({ type: 'entry', entryId: 'a' });
    expect(onEntry.textContent).toContain('Dr Patel');
    await waitFor(() => expect(onEntry.querySelector('strong')?.textContent).toBe('why'));
    await waitFor(() => expect(document.activeElement).toBe(onEntry));
  });
});
