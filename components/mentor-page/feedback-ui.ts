import { INPUT_MESSAGES, MAX_GOAL_TITLE_LENGTH, MAX_NAME_LENGTH } from '../../lib/mentoring/constants';
import { mentoringFilename } from '../../lib/mentoring/filename';
import type { PageData } from '../../lib/mentoring/page/data';
import { targetKey, withComment } from '../../lib/mentoring/page/drafts';
import { feedbackFileOf, feedbackText } from '../../lib/mentoring/page/feedback';
import type { Target } from '../../lib/mentoring/schema';
import { field, h, newId } from './dom';
import type { DraftStore } from './store';

/** A comment box: its text is the mentor's comment on that target, kept as they type. */
export function commentBoxes(store: DraftStore): (target: Target, label: string) => HTMLElement {
  return (target, label) => {
    const box = h('textarea', { rows: '2' });
    box.value = store.drafts.comments[targetKey(target)]?.text ?? '';
    // Printed instead of the box, which a printer would cut short.
    const printed = h('p', { class: 'print-only comment-print' }, box.value);
    box.addEventListener('input', () => {
      printed.textContent = box.value;
      store.update((drafts) => withComment(drafts, target, box.value, Date.now(), newId));
    });
    return h('div', { class: 'comment' }, field(label, box), printed);
  };
}

/** Suggested development goals: a title and why, listed with a way to take one back. */
export function suggestions(store: DraftStore): HTMLElement {
  const list = h('ul', { class: 'suggestions' });
  const render = () =>
    list.replaceChildren(
      ...store.drafts.suggestions.map((item) => {
        const remove = h(
          'button',
          { type: 'button', class: 'link no-print' },
          'Remove',
          h('span', { class: 'visually-hidden' }, ` “${item.title}”`),
        );
        remove.addEventListener('click', () => {
          store.update((drafts) => ({
            ...drafts,
            suggestions: drafts.suggestions.filter((each) => each.id !== item.id),
          }));
          render();
        });
        return h(
          'li',
          {},
          `Suggested goal: ${item.title}`,
          item.note ? h('span', { class: 'muted' }, ` — ${item.note}`) : null,
          ' ',
          remove,
        );
      }),
    );
  const title = h('input', { type: 'text', maxlength: String(MAX_GOAL_TITLE_LENGTH) });
  const note = h('textarea', { rows: '2' });
  const add = h('button', { type: 'button', class: 'button secondary' }, 'Suggest goal');
  const problem = h('p', { role: 'alert', class: 'problem' });
  add.addEventListener('click', () => {
    if (!title.value.trim()) {
      problem.textContent = INPUT_MESSAGES.goal;
      return;
    }
    const suggestion = { id: newId(), title: title.value.trim(), note: note.value.trim(), createdAt: Date.now() };
    store.update((drafts) => ({ ...drafts, suggestions: [...drafts.suggestions, suggestion] }));
    title.value = '';
    note.value = '';
    problem.textContent = '';
    render();
  });
  render();
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'suggest-title' },
    h('h2', { id: 'suggest-title' }, 'Suggested goals'),
    list,
    h(
      'div',
      { class: 'no-print' },
      field('Suggest a development goal', title),
      field('Why (optional)', note),
      add,
      problem,
    ),
  );
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The mentor's name and **Save feedback**: the file goes back to the mentee, sealed if the page was. */
export function saveFeedback(data: PageData, store: DraftStore, passphrase: string | undefined): HTMLElement {
  const name = h('input', { type: 'text', maxlength: String(MAX_NAME_LENGTH), autocomplete: 'name' });
  name.value = store.drafts.mentorName;
  name.addEventListener('input', () => store.update((drafts) => ({ ...drafts, mentorName: name.value })));
  const save = h('button', { type: 'button', class: 'button' }, 'Save feedback');
  const status = h('p', { role: 'status' });
  save.addEventListener('click', async () => {
    const now = Date.now();
    const result = feedbackFileOf(data, store.drafts, now);
    if (!result.ok) {
      status.textContent = result.message;
      return;
    }
    save.disabled = true;
    status.textContent = passphrase ? 'Sealing your feedback with the passphrase…' : '';
    try {
      const filename = mentoringFilename('feedback', data.displayName, now);
      download(filename, await feedbackText(result.file, passphrase));
      status.textContent = `Saved ${filename}. Send it back to ${data.displayName}${
        passphrase ? ' (it opens with the same passphrase)' : ''
      }; they open it in Lantern with “Mentoring: Import Feedback…”.`;
    } catch (error) {
      status.textContent = `The feedback file could not be made: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      save.disabled = false;
    }
  });
  return h(
    'section',
    { class: 'section no-print', 'aria-labelledby': 'feedback-title' },
    h('h2', { id: 'feedback-title' }, 'Send your feedback'),
    h(
      'p',
      {},
      `Save your comments and suggested goals as a file, and send it back to ${data.displayName} yourself. Lantern turns it into notes beside their entries and goals.`,
    ),
    field('Your name, as your mentee will see it', name),
    save,
    status,
  );
}
