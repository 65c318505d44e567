import type { Framework, FrameworkDomain, FrameworkElement } from '../frameworks/schema';

export interface ElementPlace {
  framework: Framework;
  domain: FrameworkDomain;
  element: FrameworkElement;
}

/** Element ids (and older editions' aliases) resolved against the frameworks a summary was given. */
export interface ElementIndex {
  find(id: string): ElementPlace | undefined;
}

// Summaries are rebuilt on every keystroke in the preview; the frameworks array is the same object each time.
const cache = new WeakMap<readonly Framework[], ElementIndex>();

/**
 * Like `findElement` in lib/frameworks, but over the frameworks passed in, so a summary depends only on its
 * arguments. An alias naming a whole domain resolves to that domain's first element.
 */
export function elementIndex(frameworks: readonly Framework[]): ElementIndex {
  const cached = cache.get(frameworks);
  if (cached) return cached;
  const byId = new Map<string, ElementPlace>();
  const domains = new Map<string, { framework: Framework; domain: FrameworkDomain }>();
  for (const framework of frameworks) {
    for (const domain of framework.domains) {
      domains.set(domain.id, { framework, domain });
      for (const element of domain.elements) byId.set(element.id, { framework, domain, element });
    }
  }
  for (const framework of frameworks) {
    for (const [from, to] of Object.entries(framework.aliases ?? {})) {
      if (byId.has(from)) continue;
      const direct = byId.get(to);
      const viaDomain = domains.get(to);
      const first = viaDomain?.domain.elements[0];
      if (direct) byId.set(from, direct);
      else if (viaDomain && first) byId.set(from, { ...viaDomain, element: first });
    }
  }
  const index: ElementIndex = { find: (id) => byId.get(id) };
  cache.set(frameworks, index);
  return index;
}

/** The distinct elements an entry links, resolved; ids no framework knows are skipped. */
export function linkedElements(competencies: readonly string[], index: ElementIndex): ElementPlace[] {
  const seen = new Set<string>();
  const places: ElementPlace[] = [];
  for (const id of competencies) {
    const place = index.find(id);
    if (!place || seen.has(place.element.id)) continue;
    seen.add(place.element.id);
    places.push(place);
  }
  return places;
}
