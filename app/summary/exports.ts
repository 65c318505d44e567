import { exportRefusal } from '../../lib/privacy/messages';
import {
  type AnySummary,
  characterCount,
  type SummarySection,
  summaryFilename,
  toJson,
  toMarkdown,
  toPlainText,
} from '../../lib/summary';
import { downloadBlob, downloadText } from '../shell/download';
import type { Workbench } from '../workbench/workbench';

/** Copies text; where the clipboard is refused, offers the same text as a download. */
export async function copyText(wb: Workbench, text: string, what: string, filename: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    wb.notify(`${what} copied as plain text: ${characterCount(text).toLocaleString('en-GB')} characters.`, {
      action: { label: 'Download instead', run: () => downloadText(filename, text, 'text/plain') },
    });
  } catch {
    downloadText(filename, text, 'text/plain');
    wb.notify(`The clipboard is not available here, so ${what.toLowerCase()} was saved as ${filename}.`);
  }
}

/**
 * Every way the summary (or any part of it) leaves the page. While `blockedBy` possible patient
 * details wait to be resolved, each one refuses and says why, whatever called it.
 */
export function exportsFor(wb: Workbench, doc: AnySummary, blockedBy = 0) {
  const name = (ext: string) => summaryFilename(doc.kind, doc.period, ext);
  const gated =
    <Args extends unknown[]>(run: (...args: Args) => unknown) =>
    async (...args: Args): Promise<void> => {
      if (blockedBy > 0) wb.notify(exportRefusal(blockedBy), { tone: 'error' });
      else await run(...args);
    };
  return {
    copyPlainText: gated(() => copyText(wb, toPlainText(doc), 'The summary', name('txt'))),
    copySection: gated((section: SummarySection) =>
      copyText(wb, toPlainText(doc, section.id), `“${section.title}”`, name('txt')),
    ),
    exportMarkdown: gated(() => {
      downloadText(name('md'), toMarkdown(doc), 'text/markdown');
      wb.notify(`Saved ${name('md')}.`);
    }),
    exportJson: gated(() => {
      downloadText(name('json'), toJson(doc));
      wb.notify(`Saved ${name('json')}.`);
    }),
    exportWord: gated(async () => {
      // The Word library loads only when someone exports to Word.
      const { toDocx } = await import('../../lib/summary/docx');
      downloadBlob(name('docx'), await toDocx(doc));
      wb.notify(`Saved ${name('docx')}.`);
    }),
    print: gated(() => window.print()),
  };
}

export type SummaryExports = ReturnType<typeof exportsFor>;
