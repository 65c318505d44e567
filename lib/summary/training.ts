import { type Period, periodPhrase } from '../dates';
import type { Entry } from '../entries/schema';
import { FRAMEWORKS } from '../frameworks';
import type { Framework } from '../frameworks/schema';
import { elementIndex, linkedElements } from './elements';
import { createPresenter, type InclusionOptions, liveInPeriod } from './inclusion';
import type { Gap, LeafItem, SummaryItem, SummarySection, TrainingReview } from './model';
import { entryItems, leftOutNote, plural } from './sections/context';

export interface TrainingOptions extends InclusionOptions {
  /** The frameworks to resolve links against; all that Lantern ships unless set. */
  frameworks?: readonly Framework[];
}

const LEADERSHIP_FRAMEWORKS = new Set(['mlcf', 'hlm']);

/**
 * For doctors in training, before a review of progress (ARCP): entries by Generic Professional Capabilities
 * domain, supervisor meetings, reflections and leadership evidence, with the gaps.
 */
export function buildTrainingReview(
  entries: readonly Entry[],
  period: Period,
  options: TrainingOptions = {},
): TrainingReview {
  const frameworks = options.frameworks ?? FRAMEWORKS;
  const index = elementIndex(frameworks);
  const presenter = createPresenter(options, index);
  const live = liveInPeriod(entries, period);
  const gpc = frameworks.find((framework) => framework.id === 'gpc');
  const byDomain = new Map<string, Entry[]>(gpc?.domains.map((domain) => [domain.id, []]) ?? []);
  const leadership: Entry[] = [];
  const leadershipOnly: Entry[] = [];
  for (const entry of live) {
    const places = linkedElements(entry.competencies, index);
    const domains = new Set(places.filter((place) => place.framework.id === 'gpc').map((place) => place.domain.id));
    for (const domainId of domains) byDomain.get(domainId)?.push(entry);
    const linksLeadership = places.some((place) => LEADERSHIP_FRAMEWORKS.has(place.framework.id));
    if (entry.kind === 'leadership' || linksLeadership) leadership.push(entry);
    if (linksLeadership && domains.size === 0) leadershipOnly.push(entry);
  }
  const meetings = live.filter((entry) => entry.kind === 'supervisor-meeting');
  const reflections = live.filter((entry) => entry.kind === 'reflection').length;
  const refs = presenter.refs;
  const domains = (gpc?.domains ?? []).map((domain) => {
    const linked = byDomain.get(domain.id) ?? [];
    return { id: domain.id, name: domain.name, count: linked.length, entries: refs(linked) };
  });

  const phrase = periodPhrase(period);
  const gaps: Gap[] = domains
    .filter((domain) => domain.count === 0)
    .map((domain) => ({
      code: 'domain-without-entries',
      domainId: domain.id,
      message: `No entries linked to ${domain.name} ${phrase}.`,
    }));
  if (meetings.length === 0) {
    gaps.push({ code: 'no-supervisor-meeting', message: `No supervisor meeting recorded ${phrase}.` });
  }

  const countLine = (n: number, what: string, many?: string): SummaryItem => ({
    type: 'line',
    text: plural(n, what, many),
  });
  const listed = (list: Entry[], id: string, none: string): LeafItem[] =>
    list.length === 0 ? [{ type: 'line', text: none }] : entryItems(list, id, presenter);
  // No published crosswalk joins the leadership frameworks to the GPC, so a domain counts only its own links.
  const onlyLeadershipLine: SummaryItem = {
    type: 'line',
    text: `${plural(leadershipOnly.length, 'entry is', 'entries are')} linked only to leadership frameworks (MLCF or HLM) and could be linked to a GPC domain too.`,
  };
  const sections: SummarySection[] = [
    {
      id: 'overview',
      title: 'Overview',
      items: [
        countLine(live.length, 'entry', 'entries'),
        countLine(reflections, 'reflection'),
        countLine(meetings.length, 'supervisor meeting'),
        countLine(leadership.length, 'leadership entry', 'leadership entries'),
        ...(leadershipOnly.length === 0 ? [] : [onlyLeadershipLine]),
      ],
    },
    {
      id: 'gpc-domains',
      title: 'Generic professional capabilities',
      items: [
        { type: 'line', text: 'Each domain counts only the entries linked to it.' },
        ...(leadershipOnly.length === 0 ? [] : [onlyLeadershipLine]),
        ...domains.map(
          (domain): SummaryItem => ({
            type: 'group',
            title: domain.name,
            count: domain.count,
            items: listed(byDomain.get(domain.id) ?? [], 'gpc-domains', 'No entries linked.'),
          }),
        ),
      ],
    },
    {
      id: 'supervisor-meetings',
      title: 'Supervisor meetings',
      items: listed(meetings, 'supervisor-meetings', `No supervisor meetings recorded ${phrase}.`),
    },
    {
      id: 'leadership',
      title: 'Leadership evidence',
      items: listed(leadership, 'leadership', `No leadership evidence recorded ${phrase}.`),
    },
    {
      id: 'gaps',
      title: 'Gaps to think about',
      items:
        gaps.length === 0
          ? [{ type: 'line', text: 'Nothing obvious is missing.' }]
          : gaps.map((gap) => ({ type: 'gap', gap })),
    },
  ];
  const counted = [live, [...new Set([...byDomain.values()].flat())], meetings, leadership];
  counted.forEach((list, i) => {
    const note = leftOutNote(list, presenter);
    const each = sections[i];
    if (note !== undefined && each) each.note = note;
  });
  return {
    kind: 'training',
    title: 'Training review',
    period: { label: period.label, start: period.start, end: period.end },
    totals: {
      entries: live.length,
      reflections,
      supervisorMeetings: meetings.length,
      leadership: leadership.length,
      leadershipOnly: leadershipOnly.length,
    },
    domains,
    supervisorMeetings: refs(meetings),
    leadership: refs(leadership),
    gaps,
    sections,
  };
}
