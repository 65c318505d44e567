import { z } from 'zod/v4';

// Lantern's pages forbid eval (script-src 'self'), so zod's compiled parsers could never run; without
// this, zod probes with `new Function('')` as each object schema is built and the browser logs a policy
// violation. The build points every `import … from 'zod'` here (wxt.config.ts), so the setting is in
// place before any module builds a schema, however the bundler orders its chunks.
z.config({ jitless: true });

export * from 'zod/v4';
