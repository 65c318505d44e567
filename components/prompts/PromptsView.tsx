import { useMemo, useState } from 'preact/hooks';
import { localIsoDate } from '../../lib/dates';
import { findElement } from '../../lib/frameworks';
import { PROMPTS, promptOfTheDay } from '../../lib/prompts';
import type { Prompt } from '../../lib/prompts/schema';
import { SOURCE_TITLES } from '../../lib/prompts/sources';
import { Tree, type TreeNode } from '../shell/Tree';
import { ViewHeader } from '../shell/ViewHeader';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

type Grouping = 'theme' | 'source' | 'competency';

function groupsOf(prompt: Prompt, grouping: Grouping): string[] {
  if (grouping === 'theme') return [prompt.theme.charAt(0).toUpperCase() + prompt.theme.slice(1)];
  if (grouping === 'source') return [SOURCE_TITLES[prompt.source]];
  return prompt.competencies.map((id) => findElement(id)?.element.name ?? id);
}

/** Prompts to start a reflection, by theme, source document or competency, and one for today. */
export function PromptsView() {
  const wb = useWorkbench();
  const selected = useWorkbenchState((state) => (state.editor.type === 'prompt' ? state.editor.promptId : null));
  const [grouping, setGrouping] = useState<Grouping>('theme');
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const today = promptOfTheDay(localIsoDate());

  const nodes = useMemo<TreeNode[]>(() => {
    const groups = new Map<string, Prompt[]>();
    for (const prompt of PROMPTS) {
      for (const group of groupsOf(prompt, grouping)) groups.set(group, [...(groups.get(group) ?? []), prompt]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, prompts]) => ({
        id: `group:${group}`,
        label: group,
        description: String(prompts.length),
        expanded: !!expanded[group],
        children: prompts.map((prompt) => ({ id: `${group}::${prompt.id}`, label: prompt.text })),
      }));
  }, [grouping, expanded]);

  return (
    <section class="view" aria-labelledby="prompts-view-title">
      <ViewHeader titleId="prompts-view-title" title="Prompts" />
      <div class="prompt-of-the-day">
        <h3>Prompt of the day</h3>
        <p>{today.text}</p>
        <button type="button" class="button" onClick={() => void wb.newEntryFromPrompt(today.id)}>
          Reflect on this
        </button>
      </div>
      <div class="field view__field">
        <label class="field__label" for="prompts-group-by">
          Group by
        </label>
        <select
          id="prompts-group-by"
          value={grouping}
          onChange={(event) => setGrouping(event.currentTarget.value as Grouping)}
        >
          <option value="theme">Theme</option>
          <option value="source">Source document</option>
          <option value="competency">Competency</option>
        </select>
      </div>
      <Tree
        label="Prompts"
        nodes={nodes}
        selectedId={selected}
        onOpen={(id) => void wb.showPage({ type: 'prompt', promptId: id.split('::')[1] ?? id })}
        onToggle={(id, open) => setExpanded((previous) => ({ ...previous, [id.slice(6)]: open }))}
      />
    </section>
  );
}
