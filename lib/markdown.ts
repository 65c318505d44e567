import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * The one way markdown becomes HTML: marked, then DOMPurify. The result is never altered after
 * sanitising. Remote images are not loaded (they would reveal that the journal was opened), and
 * links open in a new tab so the journal page itself never navigates away.
 */
const marked = new Marked({ gfm: true, breaks: true, async: false });

const LOCAL_IMAGE = /^(data:image\/|blob:)/i;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!LOCAL_IMAGE.test(src)) {
        node.removeAttribute('src');
        node.removeAttribute('srcset');
        node.setAttribute('data-blocked-src', src);
        node.setAttribute('alt', `${node.getAttribute('alt') || 'Image'} (remote image not loaded)`);
      }
    }
    if (node.nodeName === 'A') {
      // Any link but an in-page anchor would navigate the journal page itself away.
      const href = node.getAttribute('href') ?? '';
      if (href && !href.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
  purifier = instance;
  return instance;
}

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return getPurifier().sanitize(html, {
    USE_PROFILES: { html: true },
    ADD_ATTR: ['target'],
    // Media elements and these attributes fetch URLs the IMG hook never sees (srcset beside a local
    // src, CSS url() in style, video posters, table backgrounds), so they would load remote images.
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'audio', 'video', 'source', 'track'],
    FORBID_ATTR: ['style', 'srcset', 'poster', 'background'],
  });
}
