import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Whether the browser sizes a text area to its text itself (CSS `field-sizing: content`, set on the field in its
 * style sheet; Chromium 123 on). There it costs the page no forced layout: measuring the field in script lays out
 * the whole page there and then, and beside a 40,000-character entry that took 40 ms of the task that opened it.
 */
const sizesItself = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

function fitToText(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
}

/** Sizes a text area to its text as it changes and as the panel's width changes: it grows, never scrolls. */
export function useGrowingField(field: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    if (!sizesItself && field.current) fitToText(field.current);
  }, [field, value]);
  useLayoutEffect(() => {
    const element = field.current;
    if (sizesItself || !element || typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fitToText(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [field]);
}
