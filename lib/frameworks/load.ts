/**
 * The frameworks' data (about 19 kB gzip of names, descriptions and keywords) loads when first wanted —
 * an entry's competencies, the link picker, grouping by competency — not with the side panel.
 */
export type Frameworks = typeof import('./index');

let loaded: Frameworks | undefined;
let loading: Promise<Frameworks> | undefined;

export function loadFrameworks(): Promise<Frameworks> {
  loading ??= import('./index').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The frameworks if they have loaded, else undefined (call loadFrameworks to load them). */
export function loadedFrameworks(): Frameworks | undefined {
  return loaded;
}
