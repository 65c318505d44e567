import { useEffect, useMemo, useState } from 'preact/hooks';
import { rankOffThread } from '../../app/competencies/rankOffThread';
import { shownSuggestions, suggestFor } from '../../app/competencies/suggestions';
import type { RankedElement } from '../../lib/competencies/rank';
import type { Suggestion } from '../../lib/competencies/suggest';
import { useFrameworks } from '../hooks/useFrameworks';
import { useSuggester } from '../hooks/useSuggester';

/** Longer entries are ranked in a worker: in the page, about 5 ms of work at this length, 50 ms at 40,000. */
const OFF_THREAD_OVER_CHARS = 10_000;
/** While a long entry is typed into, it is ranked again once typing pauses this long. */
const RANK_AGAIN_AFTER_MS = 300;

/**
 * Up to three competencies the entry's text suggests, none linked already (loading the frameworks and the
 * suggester when `wanted`). A long entry with a trained ranking (MLCF, the Healthcare Leadership Model) is ranked
 * off the page's thread; meanwhile the last ranking is shown, so a suggestion accepted goes at once.
 */
export function useSuggestions(
  text: string,
  frameworkId: string,
  linked: readonly string[],
  wanted: boolean,
): Suggestion[] {
  const frameworks = useFrameworks();
  const suggester = useSuggester(wanted);
  const model = wanted && suggester?.hasSuggestionModel(frameworkId) ? frameworkId : null;
  const offThread = model !== null && text.length > OFF_THREAD_OVER_CHARS;
  const inPage = useMemo(
    () =>
      !wanted || offThread || !frameworks || !suggester
        ? undefined
        : suggestFor(suggester, frameworks, text, frameworkId, linked),
    [wanted, offThread, frameworks, suggester, text, frameworkId, linked],
  );
  const [ranked, setRanked] = useState<{ frameworkId: string; ranked: RankedElement[] } | null>(null);
  const rankedFor = ranked?.frameworkId;
  useEffect(() => {
    if (!offThread || model === null) return;
    let live = true;
    // The first ranking of an entry at once; while it is typed into, once typing pauses.
    const timer = setTimeout(
      () =>
        void rankOffThread(text, model).then((found) => {
          if (live) setRanked({ frameworkId: model, ranked: found });
        }),
      rankedFor === model ? RANK_AGAIN_AFTER_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [offThread, model, text, rankedFor]);
  if (inPage) return inPage;
  return offThread && ranked?.frameworkId === model ? shownSuggestions(ranked.ranked, linked) : [];
}
