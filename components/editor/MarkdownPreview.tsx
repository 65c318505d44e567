import { useMemo } from 'preact/hooks';
import { renderMarkdown } from '../../lib/markdown';

/** Rendered markdown. `renderMarkdown` sanitises with DOMPurify; nothing else reaches innerHTML. */
export function MarkdownPreview(props: { markdown: string }) {
  const html = useMemo(() => renderMarkdown(props.markdown), [props.markdown]);
  return props.markdown.trim() ? (
    <section
      class="editor__preview markdown"
      tabIndex={0}
      aria-label="Preview"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  ) : (
    <p class="editor__preview editor__message">Nothing to preview yet.</p>
  );
}
