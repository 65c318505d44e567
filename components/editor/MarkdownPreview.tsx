import { useEffect, useState } from 'preact/hooks';

type Render = (markdown: string) => string;
let loading: Promise<Render> | undefined;

/** marked and DOMPurify load on the first preview, not on the journal's first paint. */
function loadRenderer(): Promise<Render> {
  loading ??= import('../../lib/markdown').then((module) => module.renderMarkdown);
  return loading;
}

/** Rendered markdown. `renderMarkdown` sanitises with DOMPurify; nothing else reaches innerHTML. */
export function MarkdownPreview(props: { markdown: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void loadRenderer().then((render) => current && setHtml(render(props.markdown)));
    return () => {
      current = false;
    };
  }, [props.markdown]);

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
