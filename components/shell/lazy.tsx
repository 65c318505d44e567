import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A lazily loaded view, with a way to fetch its code ahead of need. */
export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Loads the code now, so the view's first mount renders at once rather than one task later. */
  preload(): Promise<void>;
};

/**
 * A view loaded on first use, so the side panel's first paint carries only the journal. Until it
 * arrives, a short "Opening…" line stands in (it usually takes a few milliseconds).
 */
export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** What stands in meanwhile: an overlay such as a dialog shows nothing rather than "Opening…". */
  options: { quiet?: boolean } = {},
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const ensure = () =>
    (loading ??= load().then((found) => {
      loaded = found;
      return found;
    }));
  function LazyView(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      void ensure().then((found) => live && setComponent(() => found));
      return () => {
        live = false;
      };
    }, [component]);
    if (!component) return options.quiet ? null : <p class="editor__message">Opening…</p>;
    const View = component;
    return <View {...props} />;
  }
  LazyView.preload = () => ensure().then(() => undefined);
  return LazyView;
}
