/** A view whose content arrives in a later release; says so plainly rather than showing nothing. */
export function PlaceholderView(props: { title: string; text: string }) {
  const id = `view-title-${props.title.toLowerCase()}`;
  return (
    <section class="view" aria-labelledby={id}>
      <header class="view__header">
        <h2 id={id} class="view__title">
          {props.title}
        </h2>
      </header>
      <p class="view__message">{props.text}</p>
    </section>
  );
}
