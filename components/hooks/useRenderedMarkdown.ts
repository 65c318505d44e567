import { useEffect, useState } from 'preact/hooks';

type Render = (markdown: string) => string;
let loading: Promise<Render> | undefined;

/** marked and DOMPurify load when the first markdown is shown, not with the side panel. */
function loadRenderer(): Promise<Render> {
  loading ??= import('../../lib/markdown/render').then((module) => module.renderMarkdown);
  return loading;
}

/**
 * `markdown` as sanitised HTML from `renderMarkdown` (DOMPurify; nothing else may reach innerHTML), or null
 * until the renderer has loaded and rendered this text.
 */
export function useRenderedMarkdown(markdown: string): string | null {
  const [rendered, setRendered] = useState<{ markdown: string; html: string } | null>(null);
  useEffect(() => {
    let current = true;
    void loadRenderer().then((render) => current && setRendered({ markdown, html: render(markdown) }));
    return () => {
      current = false;
    };
  }, [markdown]);
  return rendered?.markdown === markdown ? rendered.html : null;
}
