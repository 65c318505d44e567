// @vitest-environment happy-dom
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/markdown/render';

// Under happy-dom DOMPurify says it is supported but keeps scripts: a stand-in for any page where it fails.
describe('renderMarkdown where the sanitiser cannot run', () => {
  it('shows the text as written, with no markup let through', () => {
    expect(DOMPurify(window).sanitize('<p>a<script>0</script></p>')).toContain('<script>');
    const html = renderMarkdown('**Bold** <img src=x onerror="alert(1)">\n<a href="javascript:alert(2)">x</a>');
    expect(html).toBe(
      '<p>**Bold** &lt;img src=x onerror=&quot;alert(1)&quot;&gt;<br>&lt;a href=&quot;javascript:alert(2)&quot;&gt;x&lt;/a&gt;</p>',
    );
  });
});
