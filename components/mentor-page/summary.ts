import type { Target } from '../../lib/mentoring/schema';
import type { LeafItem, SummaryItem, SummarySection } from '../../lib/summary/model';
import { REFLECTION_LABEL } from '../../lib/summary/reflections';
import { type Child, h } from './dom';
import { safeFragment } from './safe-html';

/*
 * The shared summary as the preview shows it (components/summary/SummarySections), as plain DOM:
 * the same items in the same order with the same words. Each entry and goal is followed by the
 * mentor's comment box for it.
 */

const CHECK_LABELS = { met: 'Met', missing: 'Missing', 'not-yet-due': 'Not yet due' } as const;

export type CommentBox = (target: Target, label: string) => HTMLElement;

/** Sanitised HTML (from the file) as the page's own nodes. */
function markdownBlock(html: string): HTMLElement {
  const block = h('div', { class: 'markdown' });
  block.append(safeFragment(html));
  return block;
}

function table(item: Extract<LeafItem, { type: 'table' }>): HTMLElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...item.table.columns.map((column) => h('th', { scope: 'col' }, column)))),
    h(
      'tbody',
      {},
      ...item.table.rows.map((row) =>
        h(
          'tr',
          {},
          ...row.cells.map((cell, index) => (index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
        ),
      ),
    ),
  );
}

function leaf(item: LeafItem, level: 'h3' | 'h4', seen: Set<string>, comment: CommentBox): Child[] {
  switch (item.type) {
    case 'line':
      return [h('p', {}, item.text)];
    case 'gap':
      return [h('p', { class: 'gap' }, `⚠ ${item.gap.message}`)];
    case 'check':
      return [
        h(
          'p',
          { class: 'check', 'data-status': item.check.status },
          h('strong', {}, CHECK_LABELS[item.check.status]),
          ` · ${item.check.title}: ${item.check.detail}`,
        ),
      ];
    case 'ref':
      return [
        h(
          'p',
          { class: 'muted' },
          `${item.entry.title} (${item.entry.dateLabel})${item.seeSection ? ` — see ${item.seeSection}` : ''}`,
        ),
      ];
    case 'table':
      return [table(item)];
    case 'goal': {
      const { goal } = item;
      const first = !seen.has(`goal:${goal.id}`);
      seen.add(`goal:${goal.id}`);
      return [
        h(
          'div',
          { class: 'goal' },
          h('strong', {}, goal.title),
          ` — ${goal.statusLabel}`,
          goal.targetDateLabel ? `, target ${goal.targetDateLabel}` : '',
          goal.overdue ? ' (overdue)' : '',
          goal.reviewNotes ? markdownBlock(goal.reviewNotes) : null,
          goal.linked.length
            ? h('p', { class: 'muted' }, `Evidence: ${goal.linked.map((e) => e.title).join('; ')}`)
            : null,
        ),
        first ? comment({ kind: 'goal', id: goal.id }, `Comment on the goal “${goal.title}”`) : null,
      ];
    }
    case 'entry': {
      const { entry } = item;
      const first = !seen.has(`entry:${entry.id}`);
      seen.add(`entry:${entry.id}`);
      const meta = `${entry.dateLabel} · ${entry.kindLabel}${entry.cpdHours !== undefined ? ` · ${entry.cpdHours} h` : ''}${
        entry.feedbackExercise ? ' · feedback exercise' : ''
      }`;
      return [
        h(
          'article',
          { class: 'entry', 'aria-label': entry.title },
          h(level, {}, entry.title, ' ', h('span', { class: 'muted' }, meta)),
          entry.learningPoints.length ? h('ul', {}, ...entry.learningPoints.map((point) => h('li', {}, point))) : null,
          entry.body ? markdownBlock(entry.body) : null,
          entry.actions?.length ? h('p', {}, `Actions: ${entry.actions.join('; ')}`) : null,
          entry.attachments?.length ? h('p', { class: 'muted' }, `Attached: ${entry.attachments.join(', ')}`) : null,
          first ? comment({ kind: 'entry', id: entry.id }, `Comment on “${entry.title}”`) : null,
        ),
      ];
    }
  }
}

function item(value: SummaryItem, seen: Set<string>, comment: CommentBox): Child[] {
  if (value.type !== 'group') return leaf(value, 'h3', seen, comment);
  return [
    h(
      'div',
      { class: 'group' },
      h('h3', {}, value.title, value.count !== undefined ? h('span', { class: 'muted' }, ` (${value.count})`) : null),
      ...value.items.flatMap((child) => leaf(child, 'h4', seen, comment)),
    ),
  ];
}

/** The summary's sections in reading order, each entry and goal with its comment box (once each). */
export function summarySections(sections: readonly SummarySection[], comment: CommentBox): HTMLElement[] {
  const seen = new Set<string>();
  return sections.map((section) =>
    h(
      'section',
      { class: 'section', 'aria-labelledby': `section-${section.id}` },
      h('h2', { id: `section-${section.id}` }, section.title),
      section.note ? h('p', { class: 'muted' }, section.note) : null,
      ...(section.items.length
        ? section.items.flatMap((each) => item(each, seen, comment))
        : [h('p', { class: 'muted' }, 'Nothing recorded.')]),
      section.reflection === undefined ? null : h('p', {}, h('strong', {}, `${REFLECTION_LABEL}:`)),
      section.reflection === undefined ? null : h('p', { class: 'reflection' }, section.reflection),
    ),
  );
}
