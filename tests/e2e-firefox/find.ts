/**
 * Finds elements by ARIA role and accessible name inside the page, as Playwright's getByRole does.
 * Puppeteer's own ARIA selectors need a script it injects as each document loads, which Firefox never
 * runs in moz-extension:// pages, so they stop working after the first reload. This function is
 * passed to page.evaluate: it must stand alone.
 *
 * role 'field' matches any form field (finding one by its label, as getByLabel does). A name matches exactly if any element
 * has it exactly, otherwise as part of a longer name (a label with a hint in it). Hidden elements never match.
 */
export function findByRole(role: string, name: string, withinRole = '', withinName = ''): Element | null {
  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const roleOf = (element: Element): string => {
    const explicit = element.getAttribute('role');
    if (explicit) return explicit.split(' ')[0] ?? '';
    const tag = element.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) return 'heading';
    const input = element instanceof HTMLInputElement ? element.type : '';
    const byTag: Record<string, string> = { button: 'button', textarea: 'textbox', select: 'combobox' };
    const byTagName = byTag[tag] ?? { ul: 'list', ol: 'list', li: 'listitem', nav: 'navigation' }[tag];
    if (byTagName) return byTagName;
    if (tag === 'a' && element.hasAttribute('href')) return 'link';
    if (input === 'search') return 'searchbox';
    if (['text', 'email', 'url', 'tel', 'password'].includes(input)) return 'textbox';
    if (input === 'button' || input === 'submit') return 'button';
    return input;
  };
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const by = element.getAttribute('aria-labelledby');
    if (by) {
      const parts = by.split(/\s+/).map((id) => document.getElementById(id));
      return parts
        .map((part) => (part ? text(part) : ''))
        .join(' ')
        .trim();
    }
    const labels = (element as HTMLInputElement).labels;
    if (labels?.length) return Array.from(labels, text).join(' ');
    const fromContent = ['button', 'heading', 'link', 'treeitem', 'option', 'listitem', 'tab', 'menuitem'];
    return fromContent.includes(roleOf(element)) ? text(element) : (element.getAttribute('title') ?? '');
  };
  const visible = (element: Element) => element.checkVisibility();
  const find = (root: ParentNode, wantedRole: string, wantedName: string): Element | null => {
    const candidates = Array.from(root.querySelectorAll('*')).filter(
      (element) =>
        (wantedRole === 'field' ? element.matches('input, textarea, select') : roleOf(element) === wantedRole) &&
        visible(element),
    );
    const named = candidates.map((element) => ({ element, name: nameOf(element) }));
    const exact = named.find((candidate) => candidate.name === wantedName);
    return (exact ?? named.find((candidate) => candidate.name.includes(wantedName)))?.element ?? null;
  };
  const root = withinRole ? find(document, withinRole, withinName) : document;
  return root ? find(root, role, name) : null;
}
