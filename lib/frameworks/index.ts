import { gmp } from './gmp';
import { gpc } from './gpc';
import { hlm } from './hlm';
import { mlcf } from './mlcf';
import type { Framework, FrameworkDomain, FrameworkElement } from './schema';
import { supportingInformation } from './supporting-information';

/**
 * Every framework Lantern ships. The data is checked against the zod schema in the unit tests rather than at
 * load, so opening the side panel costs nothing.
 */
export const FRAMEWORKS: readonly Framework[] = [mlcf, hlm, gmp, gpc, supportingInformation];

export interface ElementMatch {
  framework: Framework;
  domain: FrameworkDomain;
  element: FrameworkElement;
}

const elementsById = new Map<string, ElementMatch>();
const domainsById = new Map<string, { framework: Framework; domain: FrameworkDomain }>();
const aliases = new Map<string, string>();
for (const framework of FRAMEWORKS) {
  for (const domain of framework.domains) {
    domainsById.set(domain.id, { framework, domain });
    for (const element of domain.elements) elementsById.set(element.id, { framework, domain, element });
  }
  for (const [from, to] of Object.entries(framework.aliases ?? {})) aliases.set(from, to);
}

export function frameworkById(id: string): Framework | undefined {
  return FRAMEWORKS.find((framework) => framework.id === id);
}

/**
 * The element an id names, resolving older ids through each framework's `aliases`. An alias that names a
 * whole domain (an older edition's domain) resolves to that domain's first element, so entries tagged with it
 * still count somewhere sensible.
 */
export function findElement(id: string): ElementMatch | undefined {
  const direct = elementsById.get(id);
  if (direct) return direct;
  const target = aliases.get(id);
  if (target === undefined) return undefined;
  const viaAlias = elementsById.get(target);
  if (viaAlias) return viaAlias;
  const found = domainsById.get(target);
  const first = found?.domain.elements[0];
  return found && first ? { ...found, element: first } : undefined;
}

/** The domain an id names (a domain id, an element id or an alias for either). */
export function findDomain(id: string): { framework: Framework; domain: FrameworkDomain } | undefined {
  const resolved = aliases.get(id) ?? id;
  const viaElement = elementsById.get(resolved);
  return domainsById.get(resolved) ?? (viaElement && { framework: viaElement.framework, domain: viaElement.domain });
}

/** Every element of one framework, or of all of them, in framework, domain and element order. */
export function allElements(frameworkId?: string): FrameworkElement[] {
  return FRAMEWORKS.filter((framework) => frameworkId === undefined || framework.id === frameworkId).flatMap(
    (framework) => framework.domains.flatMap((domain) => domain.elements),
  );
}
