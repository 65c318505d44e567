import type { AppraisalSummary, LeafItem, SummaryItem } from '../../summary/model';
import type { ShareBundle } from '../schema';

/*
 * What the page for any browser carries: the shared summary, exactly as the preview built it, with
 * its markdown (an entry's text, a goal's review notes) already through the sanitiser, so the page
 * holds no markup that has not been cleaned and runs no markdown parser of its own.
 */

export const PAGE_FORMAT = 'lantern-share-page';
export const PAGE_VERSION = 1;

export interface PageData {
  format: typeof PAGE_FORMAT;
  version: typeof PAGE_VERSION;
  /** Where feedback goes back to (the mentee's installation), as in the share file. */
  menteeId: string;
  /** Self-declared: the page says so. */
  displayName: string;
  createdAt: number;
  period: ShareBundle['period'];
  /** The preview's summary; `body` and `reviewNotes` hold sanitised HTML, not markdown. */
  summary: AppraisalSummary;
}

/** Markdown to HTML through the one sanitiser (lib/markdown/render), given by the caller. */
export type RenderMarkdown = (markdown: string) => string;

function leafWithHtml(item: LeafItem, render: RenderMarkdown): LeafItem {
  if (item.type === 'entry' && item.entry.body !== undefined) {
    return { ...item, entry: { ...item.entry, body: render(item.entry.body) } };
  }
  if (item.type === 'goal' && item.goal.reviewNotes !== undefined) {
    return { ...item, goal: { ...item.goal, reviewNotes: render(item.goal.reviewNotes) } };
  }
  return item;
}

function itemWithHtml(item: SummaryItem, render: RenderMarkdown): SummaryItem {
  return item.type === 'group'
    ? { ...item, items: item.items.map((leaf) => leafWithHtml(leaf, render)) }
    : leafWithHtml(item, render);
}

/** The summary with each piece of markdown rendered through the sanitiser; everything else as it is. */
export function withSanitisedMarkdown(summary: AppraisalSummary, render: RenderMarkdown): AppraisalSummary {
  return {
    ...summary,
    sections: summary.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => itemWithHtml(item, render)),
    })),
  };
}

/** The page's data for a checked share bundle: its summary, who shared it, when and for what period. */
export function pageDataOf(bundle: ShareBundle, render: RenderMarkdown): PageData {
  return {
    format: PAGE_FORMAT,
    version: PAGE_VERSION,
    menteeId: bundle.menteeId,
    displayName: bundle.displayName,
    createdAt: bundle.createdAt,
    period: bundle.period,
    summary: withSanitisedMarkdown(bundle.summary, render),
  };
}
