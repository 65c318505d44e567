// Imported first by the app page, so the narrowed network policy is in place before anything loads.
import { narrowAtStartup } from './policy';

narrowAtStartup();
