import { useEffect, useState } from 'preact/hooks';

type Render = (markdown: string) => string;
let loading: Promise<Render> | undefined;

/** marked and DOMPurify load when the first comment shows, not with the side panel. */
function loadRenderer(): Promise<Render> {
  loading ??= import('../../lib/markdown').then((module) => module.renderMarkdown);
  return loading;
}

/**
 * A comment between mentor and mentee, written in markdown and shown as the entry preview shows
 * markdown: through `renderMarkdown`, which sanitises, so nothing else reaches innerHTML. Until the
 * renderer has loaded the words show as typed, so the comment is never missing.
 */
export function CommentText(props: { markdown: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setHtml(null);
    void loadRenderer().then((render) => current && setHtml(render(props.markdown)));
    return () => {
      current = false;
    };
  }, [props.markdown]);

  if (html === null) return <div class="comment markdown">{props.markdown}</div>;
  // renderMarkdown has sanitised it with DOMPurify; it is not altered after.
  return <div class="comment markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
