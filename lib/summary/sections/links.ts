import type { Entry } from '../../entries/schema';
import type { Framework } from '../../frameworks/schema';
import { type ElementIndex, linkedElements } from '../elements';

/** Which entries link each domain and element of one framework (an entry counts once per domain). */
export interface FrameworkLinks {
  byDomain: Map<string, Entry[]>;
  elementCounts: Map<string, number>;
  /** Entries linking at least one element of the framework. */
  linked: Set<string>;
}

export function frameworkLinks(entries: readonly Entry[], framework: Framework, index: ElementIndex): FrameworkLinks {
  const byDomain = new Map<string, Entry[]>(framework.domains.map((domain) => [domain.id, []]));
  const elementCounts = new Map<string, number>();
  const linked = new Set<string>();
  for (const entry of entries) {
    if (entry.competencies.length === 0) continue;
    const domains = new Set<string>();
    for (const place of linkedElements(entry.competencies, index)) {
      if (place.framework.id !== framework.id) continue;
      elementCounts.set(place.element.id, (elementCounts.get(place.element.id) ?? 0) + 1);
      domains.add(place.domain.id);
    }
    for (const domainId of domains) byDomain.get(domainId)?.push(entry);
    if (domains.size > 0) linked.add(entry.id);
  }
  return { byDomain, elementCounts, linked };
}
