// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/markdown/render';

/** Renders markdown into a detached element, to inspect it as the preview would show it. */
function render(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderMarkdown(markdown);
  return root;
}

/** Every attribute value in the output that names a URL outside the extension. */
function remoteUrls(root: HTMLElement): string[] {
  const urls: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name === 'href' || attribute.name === 'data-blocked-src') continue;
      if (/https?:|\/\/evil/i.test(attribute.value)) urls.push(`${element.tagName}[${attribute.name}]`);
    }
  }
  return urls;
}

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('renderMarkdown: ordinary markdown', () => {
  it('renders headings, emphasis, lists and blockquotes', () => {
    const root = render(
      '# Reflection\n\n## What happened\n\n**Bold** and *italic*\n\n- one\n- two\n\n1. first\n\n> quoted',
    );
    expect(root.querySelector('h1')?.textContent).toBe('Reflection');
    expect(root.querySelector('h2')?.textContent).toBe('What happened');
    expect(root.querySelector('strong')?.textContent).toBe('Bold');
    expect(root.querySelector('em')?.textContent).toBe('italic');
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(root.querySelector('ol > li')?.textContent).toBe('first');
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
  });

  it('renders GFM tables, task lists, strikethrough and code', () => {
    const root = render('| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n- [x] done\n\n~~gone~~ `code`\n\n```\nblock\n```');
    expect(root.querySelector('th')?.getAttribute('align')).toBe('center');
    expect(root.querySelectorAll('td')).toHaveLength(2);
    expect(root.querySelector('li')?.textContent).toContain('done');
    expect(root.querySelector('del')?.textContent).toBe('gone');
    expect(root.querySelector('p code')?.textContent).toBe('code');
    expect(root.querySelector('pre code')?.textContent).toBe('block\n');
  });

  it('keeps single line breaks, as a journal writer expects', () => {
    expect(render('line one\nline two').querySelector('br')).not.toBeNull();
  });

  it('shows angle brackets typed as text rather than treating them as markup', () => {
    const root = render('Dose was 5 < 10 mg');
    expect(root.textContent).toContain('5 < 10 mg');
  });

  it('renders an empty entry as nothing', () => {
    expect(renderMarkdown('')).toBe('');
  });
});

describe('renderMarkdown: script cannot run', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with onerror', '<img src="x" onerror="alert(1)">'],
    ['an svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['a style tag', '<style>body { display: none }</style>'],
    ['a link to javascript:', '[click me](javascript:alert(1))'],
    ['a raw link to javascript:', '<a href="javascript:alert(1)">click</a>'],
    ['a link to vbscript: in mixed case', '<a href="VbScript:msgbox(1)">click</a>'],
    ['a data: HTML link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">'],
    ['a form', '<form action="https://evil.example"><input name="q"><button>Send</button></form>'],
    ['a mouse handler', '<p onmouseover="alert(1)">hover</p>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['a base tag', '<base href="https://evil.example/">'],
  ])('strips %s', (_, markdown) => {
    const html = renderMarkdown(markdown);
    const root = render(markdown);
    expect(root.querySelector('script, iframe, style, svg, object, embed, form, input, button, meta, base')).toBeNull();
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:|vbscript:|data:text\/html/i);
  });

  it('keeps the visible text of a stripped link', () => {
    const link = render('[click me](javascript:alert(1))').querySelector('a');
    expect(link?.textContent).toBe('click me');
    expect(link?.hasAttribute('href')).toBe(false);
  });
});

describe('renderMarkdown: remote images are not loaded', () => {
  it('removes the address of a remote image and says so in its description', () => {
    const img = render('![Ward whiteboard](https://tracker.example/pixel.png)').querySelector('img');
    expect(img?.hasAttribute('src')).toBe(false);
    expect(img?.getAttribute('alt')).toBe('Ward whiteboard (remote image not loaded)');
    expect(img?.getAttribute('data-blocked-src')).toBe('https://tracker.example/pixel.png');
  });

  it('describes a remote image with no description as an image', () => {
    const img = render('<img src="https://tracker.example/pixel.png">').querySelector('img');
    expect(img?.hasAttribute('src')).toBe(false);
    expect(img?.getAttribute('alt')).toBe('Image (remote image not loaded)');
  });

  it('blocks protocol-relative and plain-http images too', () => {
    for (const src of ['//tracker.example/p.png', 'http://tracker.example/p.png']) {
      expect(render(`![x](${src})`).querySelector('img')?.hasAttribute('src')).toBe(false);
    }
  });

  it('shows an image embedded as a data: URL', () => {
    const img = render(`![Certificate](${PIXEL})`).querySelector('img');
    expect(img?.getAttribute('src')).toBe(PIXEL);
    expect(img?.getAttribute('alt')).toBe('Certificate');
  });

  it.each([
    ['a remote srcset beside a local src', `<img src="${PIXEL}" srcset="https://evil.example/x.png 2x">`],
    ['a picture source', `<picture><source srcset="https://evil.example/a.png"><img src="${PIXEL}"></picture>`],
    ['a CSS background in a style attribute', '<div style="background-image:url(https://evil.example/t.png)">x</div>'],
    ['a video with a poster', '<video poster="https://evil.example/p.png" src="https://evil.example/v.mp4"></video>'],
    ['an audio element', '<audio src="https://evil.example/a.mp3"></audio>'],
    ['a table background', '<table background="https://evil.example/bg.png"><tr><td>x</td></tr></table>'],
  ])('loads nothing remote through %s', (_, markdown) => {
    const root = render(markdown);
    expect(remoteUrls(root)).toEqual([]);
    expect(root.querySelector('video, audio, source, track')).toBeNull();
  });
});

describe('renderMarkdown: links', () => {
  it.each([
    ['[GMC](https://www.gmc-uk.org)', 'https://www.gmc-uk.org'],
    ['<http://example.com>', 'http://example.com'],
    ['www.example.com', 'http://www.example.com'],
    ['[Email](mailto:appraiser@example.nhs.uk)', 'mailto:appraiser@example.nhs.uk'],
    ['[notes](notes.html)', 'notes.html'],
  ])('opens %s in a new tab without giving the page access to the journal', (markdown, href) => {
    const link = render(markdown).querySelector('a');
    expect(link?.getAttribute('href')).toBe(href);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('overrides a target and rel written into raw HTML', () => {
    const link = render('<a href="https://example.com" target="_self" rel="opener">x</a>').querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('leaves a link to a heading in the same entry alone', () => {
    const link = render('[Jump](#actions)').querySelector('a');
    expect(link?.getAttribute('href')).toBe('#actions');
    expect(link?.hasAttribute('target')).toBe(false);
  });
});
