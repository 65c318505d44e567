import { ENTRY_KIND_IDS, ENTRY_KINDS, type EntryKind } from '../../entries/kinds';
import type { SummaryItem, SummarySection } from '../model';
import { leftOutNote, plural, type SummaryContext, section } from './context';

const key = (role: string) => role.trim().toLocaleLowerCase('en-GB');

/** Every kind the doctor wrote, counted, in the order kinds are listed: nothing written goes uncounted. */
function kindCounts(ctx: SummaryContext): string {
  const counts = new Map<EntryKind, number>();
  for (const entry of ctx.entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  return ENTRY_KIND_IDS.flatMap((kind) => {
    const count = counts.get(kind);
    return count === undefined ? [] : [`${ENTRY_KINDS[kind].label} ${count}`];
  }).join('; ');
}

/**
 * Every role the doctor works in, with how many entries each has: the roles in settings, then each role
 * typed on an entry the summary includes, matched without regard to case, so a role is named before it
 * is added in Settings. A role leaves with any included entry (lib/privacy's FIELDS_SHOWN, which the
 * export gate scans); an entry left out keeps its role here, counted under "Other roles".
 */
export function scopeSection(ctx: SummaryContext): SummarySection {
  const named = new Map<string, { title: string; count: number }>();
  for (const role of ctx.roles) {
    if (role.trim() !== '' && !named.has(key(role))) named.set(key(role), { title: role.trim(), count: 0 });
  }
  let other = 0;
  let noRole = 0;
  for (const entry of ctx.entries) {
    const role = entry.role?.trim();
    if (!role) {
      noRole += 1;
      continue;
    }
    const found = named.get(key(role));
    if (found) found.count += 1;
    else if (ctx.presenter.include(entry) !== 'none') named.set(key(role), { title: role, count: 1 });
    else other += 1;
  }
  const items: SummaryItem[] = [...named.values()].map(({ title, count }) => ({
    type: 'line',
    text: `${title}: ${plural(count, 'entry', 'entries')}`,
  }));
  if (other > 0) {
    items.push({
      type: 'line',
      text: `Other roles: ${plural(other, 'entry', 'entries')} left out of this summary (add your roles in Settings to name them)`,
    });
  }
  items.push({ type: 'line', text: `No role given: ${plural(noRole, 'entry', 'entries')}` });
  items.unshift({ type: 'line', text: `${plural(ctx.entries.length, 'entry', 'entries')} ${ctx.phrase}.` });
  const byKind = kindCounts(ctx);
  if (byKind !== '') items.push({ type: 'line', text: `By kind: ${byKind}.` });
  return section('scope', 'Scope of work', items, leftOutNote(ctx.entries, ctx.presenter));
}
