import { useEffect, useState } from 'preact/hooks';
import { type Frameworks, loadedFrameworks, loadFrameworks } from '../../lib/frameworks/load';

/** The frameworks' data, loading it when `wanted`; undefined until it has loaded. */
export function useFrameworks(wanted = true): Frameworks | undefined {
  const [frameworks, setFrameworks] = useState(loadedFrameworks);
  useEffect(() => {
    if (!wanted || frameworks) return;
    let current = true;
    void loadFrameworks().then((module) => {
      if (current) setFrameworks(module);
    });
    return () => {
      current = false;
    };
  }, [wanted, frameworks]);
  return frameworks;
}
