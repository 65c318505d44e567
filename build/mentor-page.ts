import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

/*
 * The mentor's page (lib/mentoring/page, components/mentor-page) is one self-contained HTML file, so
 * its script is bundled on its own, from the project's sources, whenever the extension (or a test)
 * imports `virtual:mentor-page`: nothing generated is checked in.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = `${ROOT}components/mentor-page/main.ts`;
const STYLE = `${ROOT}components/mentor-page/style.css`;
const MODULE = 'virtual:mentor-page';
const RESOLVED = `\0${MODULE}`;

/** zod would multiply the page's size: the page checks its data by hand (lib/mentoring/page). */
const refuseZod: Plugin = {
  name: 'mentor-page:no-zod',
  resolveId(source, importer) {
    if (source === 'zod' || source.endsWith('zod-jitless')) {
      throw new Error(`The mentor's page must not import zod (imported by ${importer ?? 'its entry'}).`);
    }
  },
};

/** The page's script (one IIFE, minified) and its style sheet. */
export async function buildMentorPage(): Promise<{ script: string; style: string; files: string[] }> {
  const result = await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [refuseZod],
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      modulePreload: false,
      rolldownOptions: { input: ENTRY, output: { format: 'iife' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  const [chunk] = chunks;
  if (!chunk || chunks.length !== 1) throw new Error('The mentor’s page must build to exactly one script.');
  const style = await readFile(STYLE, 'utf8');
  return { script: chunk.code.trim(), style: style.trim(), files: [...chunk.moduleIds, STYLE] };
}

/** Serves `virtual:mentor-page` (`script` and `style`, as strings) to the extension's build and to tests. */
export function mentorPage(): Plugin {
  return {
    name: 'mentor-page',
    resolveId(source) {
      return source === MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { script, style, files } = await buildMentorPage();
      for (const file of files) if (!file.startsWith('\0')) this.addWatchFile(file);
      return `export const script = ${JSON.stringify(script)};\nexport const style = ${JSON.stringify(style)};\n`;
    },
  };
}
