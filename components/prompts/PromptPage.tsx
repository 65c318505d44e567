import { findElement } from '../../lib/frameworks';
import { promptById } from '../../lib/prompts';
import { SOURCE_TITLES } from '../../lib/prompts/sources';
import { useWorkbench } from '../workbench/context';

const SUITS = { 'in-training': 'doctors in training', consultant: 'consultants', mentor: 'mentors' } as const;

/** One prompt: the question, its follow-ups, where it comes from, and a button to start writing. */
export function PromptPage(props: { promptId: string }) {
  const wb = useWorkbench();
  const prompt = promptById(props.promptId);
  if (!prompt) return <p class="editor__message">This prompt is no longer in Lantern.</p>;
  return (
    <article class="page" aria-labelledby="prompt-title">
      <p class="page__eyebrow">{prompt.theme}</p>
      <h2 id="prompt-title">{prompt.text}</h2>
      <h3>Then ask yourself</h3>
      <ul>
        {prompt.followUps.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <p>
        <button type="button" class="button" onClick={() => void wb.newEntryFromPrompt(prompt.id)}>
          Start an entry from this prompt
        </button>
      </p>
      <h3>Competencies it evidences</h3>
      <ul>
        {prompt.competencies.map((id) => {
          const found = findElement(id);
          return (
            <li key={id}>
              {found ? (
                <button
                  type="button"
                  class="link-button"
                  onClick={() => void wb.showPage({ type: 'competency', elementId: id })}
                >
                  {found.element.name}
                </button>
              ) : (
                id
              )}
              {found ? <span class="page__muted"> · {found.framework.shortName}</span> : null}
            </li>
          );
        })}
      </ul>
      <p class="page__muted">Suits {prompt.suits.map((suit) => SUITS[suit]).join(', ')}.</p>
      <p class="page__source">
        Written in Lantern's words from the themes of “{SOURCE_TITLES[prompt.source]}” ({prompt.source}).
      </p>
    </article>
  );
}
