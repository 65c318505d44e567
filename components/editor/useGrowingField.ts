import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

function fitToText(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
}

/** Sizes a text area to its text as it changes and as the panel's width changes: it grows, never scrolls. */
export function useGrowingField(field: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    if (field.current) fitToText(field.current);
  }, [field, value]);
  useLayoutEffect(() => {
    const element = field.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
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
