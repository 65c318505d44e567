/**
 * Focus is never left on nothing. When the focused control goes away (its page replaced, its list re-rendered,
 * a dialog closed over a control that is gone, its panel hidden in a narrow layout) or is disabled while its
 * work runs, the browser puts focus on
 * <body>: a keyboard user loses their place and the next Tab starts anywhere. This moves focus to where the
 * action led instead: the open entry's text, else the heading of the page in the editor area, else the first
 * control of the view on screen. Focus the user moved on purpose (a click, Tab, another window) is left alone.
 */
export function installFocusRescue(root: HTMLElement, sideBarFirst: () => boolean): () => void {
  const controller = new AbortController();
  let rescuing = 0;
  root.ownerDocument.addEventListener(
    'focusout',
    (event) => {
      const lost = event.target;
      if (event.relatedTarget || !(lost instanceof HTMLElement)) return;
      const attempt = ++rescuing;
      rescueFocus(
        root,
        sideBarFirst,
        () =>
          attempt === rescuing &&
          focusIsLost(root.ownerDocument) &&
          !(lost.isConnected && !isDisabled(lost) && visible(lost)),
      );
    },
    { capture: true, signal: controller.signal },
  );
  return () => controller.abort();
}

const RETRY_MS = 30;

/**
 * The one rescue path, for focus lost after a command (`Workbench.keepFocus`) or from under the user
 * (`installFocusRescue`): after the render that removed the focused control, and again every
 * RETRY_MS while `stillLost` holds, lands focus with `landFocus`. Pages that load on first use may
 * take a moment to appear, so the side bar is the fallback only once a second has passed.
 */
export function rescueFocus(root: HTMLElement, sideBarFirst: () => boolean, stillLost: () => boolean): void {
  const deadline = performance.now() + 1000;
  const attempt = () => {
    // The page (or a test's document) may be gone by the time a retry runs.
    if (typeof document === 'undefined' || !root.isConnected || !stillLost()) return;
    const late = performance.now() >= deadline;
    if (landFocus(root, { sideBarFirst: sideBarFirst(), anywhere: late }) || late) return;
    setTimeout(attempt, RETRY_MS);
  };
  setTimeout(attempt, 0);
}

function focusIsLost(document: Document): boolean {
  const active = document.activeElement;
  return document.hasFocus() && (active === null || active === document.body || active === document.documentElement);
}

function isDisabled(element: HTMLElement): boolean {
  return element.matches(':disabled') || element.closest('[inert]') !== null;
}

const visible = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && element.getClientRects().length > 0;

/**
 * Focuses the best place on screen: an open dialog's first control; else, when the side bar is the part the
 * action led to (`sideBarFirst`: a narrow panel showing it, an entry just deleted), its current tree row or first
 * control; else the editor area's entry text, page heading or first control; else (`anywhere`) the side bar.
 * False when there is nowhere yet (a page still loading).
 */
export function landFocus(root: HTMLElement, options: { sideBarFirst: boolean; anywhere: boolean }): boolean {
  const dialog = root.querySelector('[role="dialog"], [role="alertdialog"]');
  if (visible(dialog)) return focusFirst(dialog);
  const sideBar = root.querySelector('.side-bar');
  if (options.sideBarFirst && visible(sideBar) && focusSideBar(sideBar)) return true;
  const editor = root.querySelector('.editor-area');
  const text = editor?.querySelector('textarea[aria-label="Reflection (markdown)"]') ?? null;
  if (visible(text)) {
    text.focus();
    return true;
  }
  const heading = editor?.querySelector('h2') ?? null;
  if (visible(heading)) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  }
  if (visible(editor) && focusFirst(editor)) return true;
  return options.anywhere && visible(sideBar) && focusSideBar(sideBar);
}

function focusSideBar(sideBar: HTMLElement): boolean {
  const row = sideBar.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]');
  if (visible(row)) {
    row.focus();
    return true;
  }
  return focusFirst(sideBar);
}

const FOCUSABLE =
  'textarea, input:not([type="hidden"]), select, button, a[href], [tabindex]:not([tabindex="-1"]), [role="treeitem"][tabindex="0"]';

function focusFirst(container: Element): boolean {
  for (const candidate of container.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (visible(candidate) && !isDisabled(candidate)) {
      candidate.focus();
      if (candidate.ownerDocument.activeElement === candidate) return true;
    }
  }
  return false;
}
