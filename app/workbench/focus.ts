/** The places commands send focus to, by name. A view registers the element that is each one. */
export type FocusTargetName = 'unlock.passphrase' | 'mentee.feedback';

/** How long a request waits for its target to appear (a page that loads on first use). */
const WAIT_MS = 1000;

/**
 * Named focus targets: a view registers its element while it shows, and a command says where focus
 * goes (`wb.focus('mentee.feedback')`) instead of searching the page by id or visible text. A target
 * not on screen yet takes focus when it registers, if that is within a second of the request.
 */
export class FocusTargets {
  readonly #elements = new Map<FocusTargetName, HTMLElement>();
  #pending: { name: FocusTargetName; until: number } | null = null;

  /** Makes `element` the target `name` until the returned function is called. */
  register(name: FocusTargetName, element: HTMLElement): () => void {
    this.#elements.set(name, element);
    const pending = this.#pending;
    if (pending?.name === name) {
      this.#pending = null;
      if (performance.now() <= pending.until) land(element);
    }
    return () => {
      if (this.#elements.get(name) === element) this.#elements.delete(name);
    };
  }

  focus(name: FocusTargetName): void {
    const element = this.#elements.get(name);
    if (element?.isConnected) {
      this.#pending = null;
      land(element);
    } else this.#pending = { name, until: performance.now() + WAIT_MS };
  }
}

function land(element: HTMLElement): void {
  element.scrollIntoView?.({ block: 'nearest' });
  element.focus();
}
