import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * The one way markdown becomes HTML (lib/markdown/ also holds its toolbar edits, plain-text reading
 * and escaping, none of which make HTML): marked, then DOMPurify. The result is never altered after
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

let works: boolean | undefined;

/**
 * Whether DOMPurify really sanitises here, checked once on a canary: some DOMs (happy-dom) let it report itself
 * supported while it keeps scripts and drops allowed tags. A script, as in an inert document it never runs, so
 * checking it makes the browser report nothing.
 */
function sanitiserWorks(purify: ReturnType<typeof DOMPurify>): boolean {
  works ??= purify.isSupported && purify.sanitize('<p>canary<script>0</script></p>') === '<p>canary</p>';
  return works;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text itself, every character shown as written, for a page where the sanitiser cannot run. */
function asPlainText(markdown: string): string {
  const escaped = markdown.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
  return `<p>${escaped.replace(/\r?\n/g, '<br>')}</p>`;
}

export function renderMarkdown(markdown: string): string {
  const purify = getPurifier();
  // Where the sanitiser cannot work it hands markup back unchanged: then show the text, never the markup.
  if (!sanitiserWorks(purify)) return asPlainText(markdown);
  const html = marked.parse(markdown) as string;
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    ADD_ATTR: ['target'],
    // Media elements and these attributes fetch URLs the IMG hook never sees (srcset beside a local
    // src, CSS url() in style, video posters, table backgrounds), so they would load remote images.
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'audio', 'video', 'source', 'track'],
    FORBID_ATTR: ['style', 'srcset', 'poster', 'background'],
  });
}
