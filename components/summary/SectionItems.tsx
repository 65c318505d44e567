import type { VNode } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** A long section (or group) shows this many items at first, then a button for the rest: a busy year opens at once. */
export const FIRST_ITEMS = 12;
/** Up to this many, every item shows: a button for a handful more would only be in the way. */
export const WHOLE_UP_TO = 20;

type Props<T> = {
  items: readonly T[];
  /** The section's or group's title, said with the button. */
  title: string;
  /** Every item now, however many (printing). */
  showAll?: boolean;
  render(item: T, index: number): VNode;
};

/**
 * A section's (or a group's) items: all of a short one; the first FIRST_ITEMS of a long one and a "Show all"
 * button that brings the rest and takes focus to the first of them. Exports always carry every item; so does
 * printing.
 */
export function SectionItems<T>(props: Props<T>) {
  const { items } = props;
  const [revealed, setRevealed] = useState(false);
  const asked = useRef(false);
  const all = revealed || props.showAll || items.length <= WHOLE_UP_TO;
  // Focus goes to the first item brought by the button (not by printing) as soon as it is in the page.
  const rest = (node: HTMLDivElement | null) => {
    if (!node || !asked.current) return;
    asked.current = false;
    node.focus();
  };
  return (
    <>
      {items.slice(0, FIRST_ITEMS).map(props.render)}
      {all && items.length > FIRST_ITEMS ? (
        <div class="summary__rest" ref={rest} tabIndex={-1}>
          {items.slice(FIRST_ITEMS).map((item, index) => props.render(item, FIRST_ITEMS + index))}
        </div>
      ) : null}
      {all ? null : (
        <button
          type="button"
          class="button button--secondary summary__show-all no-print"
          onClick={() => {
            asked.current = true;
            setRevealed(true);
          }}
        >
          Show all {items.length} items<span class="visually-hidden"> in {props.title}</span>
        </button>
      )}
    </>
  );
}
