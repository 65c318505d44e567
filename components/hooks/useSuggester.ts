import { useEffect, useState } from 'preact/hooks';
import { loadedSuggester, loadSuggester, type Suggester } from '../../app/competencies/suggestions';

/** The competency suggester, loading it when `wanted`; undefined until it has loaded. */
export function useSuggester(wanted = true): Suggester | undefined {
  const [suggester, setSuggester] = useState(loadedSuggester);
  useEffect(() => {
    if (!wanted || suggester) return;
    let current = true;
    void loadSuggester().then((module) => {
      if (current) setSuggester(module);
    });
    return () => {
      current = false;
    };
  }, [wanted, suggester]);
  return suggester;
}
