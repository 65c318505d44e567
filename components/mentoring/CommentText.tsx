import { useRenderedMarkdown } from '../hooks/useRenderedMarkdown';

/**
 * A comment between mentor and mentee, written in markdown and shown as the entry preview shows
 * markdown: through `renderMarkdown`, which sanitises, so nothing else reaches innerHTML. Until the
 * renderer has loaded the words show as typed, so the comment is never missing.
 */
export function CommentText(props: { markdown: string }) {
  const html = useRenderedMarkdown(props.markdown);
  if (html === null) return <div class="comment markdown">{props.markdown}</div>;
  // renderMarkdown has sanitised it with DOMPurify; it is not altered after.
  return <div class="comment markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
