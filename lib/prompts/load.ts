import type * as Prompts from './index';

type PromptsModule = typeof Prompts;

let loading: Promise<PromptsModule> | undefined;
let loaded: PromptsModule | undefined;

/**
 * The prompts are loaded when first wanted rather than with the side panel: their text is about 7 kB of
 * gzipped script that the first paint never needs.
 */
export function loadPrompts(): Promise<PromptsModule> {
  loading ??= import('./index').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The prompts if they have been loaded, for code that must answer at once (the palette's list). */
export function loadedPrompts(): PromptsModule | undefined {
  return loaded;
}
