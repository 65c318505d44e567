import type { CoverageTable, LeafItem, SummaryItem, SummarySection, SummaryTable } from '../model';
import { entryItems, leftOutNote, type SummaryContext, section } from './context';
import { isEvidence } from './evidence';
import type { FrameworkLinks } from './links';

/** Starred entries: what the doctor chose to talk about. */
export function achievementsSection(ctx: SummaryContext): SummarySection {
  const starred = ctx.entries.filter((entry) => entry.starred);
  const items: LeafItem[] =
    starred.length === 0
      ? [{ type: 'line', text: 'No starred entries. Star the ones you want to talk about at appraisal.' }]
      : entryItems(starred, 'achievements', ctx.presenter);
  return section(
    'achievements',
    'Achievements, challenges and aspirations',
    items,
    leftOutNote(starred, ctx.presenter),
  );
}

/**
 * Entries under each domain of the active framework, then any entry no other section has room for, so every
 * shown entry appears somewhere.
 */
export function domainsSection(ctx: SummaryContext, links: FrameworkLinks): SummarySection {
  const id = 'leadership-domains';
  const items: SummaryItem[] = ctx.framework.domains.map((domain) => {
    const linked = links.byDomain.get(domain.id) ?? [];
    const shown = entryItems(linked, id, ctx.presenter);
    return {
      type: 'group',
      title: domain.name,
      count: linked.length,
      items: linked.length === 0 ? [{ type: 'line', text: 'No entries linked.' }] : shown,
    };
  });
  const others = ctx.entries.filter((entry) => !links.linked.has(entry.id) && !entry.starred && !isEvidence(entry));
  if (others.length > 0) {
    items.push({
      type: 'group',
      title: `Not linked to any ${ctx.framework.shortName} domain`,
      count: others.length,
      items: entryItems(others, id, ctx.presenter),
    });
  }
  const otherIds = new Set(others.map((entry) => entry.id));
  const counted = ctx.entries.filter((entry) => links.linked.has(entry.id) || otherIds.has(entry.id));
  const title = `Reflections linked to ${ctx.framework.shortName} domains`;
  return section(id, title, items, leftOutNote(counted, ctx.presenter));
}

export function coverageTable(ctx: SummaryContext, links: FrameworkLinks): CoverageTable {
  return {
    frameworkId: ctx.framework.id,
    frameworkName: ctx.framework.name,
    domains: ctx.framework.domains.map((domain) => ({
      id: domain.id,
      name: domain.name,
      count: links.byDomain.get(domain.id)?.length ?? 0,
      elements: domain.elements.map((element) => ({
        id: element.id,
        name: element.name,
        count: links.elementCounts.get(element.id) ?? 0,
      })),
    })),
  };
}

/** The coverage table as rows: each domain, then its elements. */
export function coverageSection(ctx: SummaryContext, coverage: CoverageTable): SummarySection {
  const table: SummaryTable = { columns: ['Domain and element', 'Entries'], rows: [] };
  for (const domain of coverage.domains) {
    table.rows.push({ cells: [domain.name, String(domain.count)], heading: true });
    for (const element of domain.elements) table.rows.push({ cells: [element.name, String(element.count)] });
  }
  const note =
    'Counts include every entry in the period, shown or not; an entry linking two elements counts under each.';
  return section('coverage', `Competency coverage (${ctx.framework.shortName})`, [{ type: 'table', table }], note);
}
