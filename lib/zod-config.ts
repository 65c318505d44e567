import { z } from 'zod';

// Lantern's pages forbid eval (script-src 'self'), so zod's compiled parsers could never run; without
// this, zod probes with `new Function('')` and the browser logs a policy violation on every page load.
// Imported first by each entry point: zod reads the setting as each schema is built.
z.config({ jitless: true });
