import { useRenderedMarkdown } from '../hooks/useRenderedMarkdown';

/** Rendered markdown. `renderMarkdown` sanitises with DOMPurify; nothing else reaches innerHTML. */
export function MarkdownPreview(props: { markdown: string }) {
  const html = useRenderedMarkdown(props.markdown);

  if (!props.markdown.trim()) {
    return (
      <section class="editor__preview" tabIndex={0} aria-label="Preview">
        <p class="editor__message">Nothing to preview yet.</p>
      </section>
    );
  }
  return (
    <section
      class="editor__preview markdown"
      tabIndex={0}
      aria-label="Preview"
      aria-busy={html === null}
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
    />
  );
}
