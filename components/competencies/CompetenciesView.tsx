import { useMemo, useState } from 'preact/hooks';
import { frameworkById } from '../../lib/frameworks';
import { Tree, type TreeNode } from '../shell/Tree';
import { ViewHeader } from '../shell/ViewHeader';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { useCompetencyCounts, useCountingPeriod } from './useCompetencyCounts';

const countLabel = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** The active framework's domains and elements, each with how many entries evidence it. */
export function CompetenciesView() {
  const wb = useWorkbench();
  const frameworkId = useWorkbenchState((state) => state.preferences.activeFramework);
  const selected = useWorkbenchState((state) => (state.editor.type === 'competency' ? state.editor.elementId : null));
  const framework = frameworkById(frameworkId) ?? frameworkById('mlcf');
  const period = useCountingPeriod();
  const counts = useCompetencyCounts(period);
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});

  const nodes = useMemo<TreeNode[]>(
    () =>
      (framework?.domains ?? []).map((domain) => {
        const total = domain.elements.reduce((sum, element) => sum + (counts?.get(element.id) ?? 0), 0);
        return {
          id: domain.id,
          label: domain.name,
          description: counts ? countLabel(total) : '',
          expanded: !collapsed[domain.id],
          children: domain.elements.map((element) => ({
            id: element.id,
            label: element.name,
            description: counts ? countLabel(counts.get(element.id) ?? 0) : '',
          })),
        };
      }),
    [framework, counts, collapsed],
  );

  return (
    <section class="view" aria-labelledby="competencies-view-title">
      <ViewHeader titleId="competencies-view-title" title="Competencies" menu="view.title.competencies" />
      <p class="view__subtitle">
        {framework?.name}
        <br />
        <span>{period.label}</span>
      </p>
      <Tree
        label={`${framework?.shortName ?? ''} competencies`}
        nodes={nodes}
        selectedId={selected}
        onOpen={(id) => void wb.showPage({ type: 'competency', elementId: id })}
        onToggle={(id, expanded) => setCollapsed((previous) => ({ ...previous, [id]: !expanded }))}
      />
    </section>
  );
}
