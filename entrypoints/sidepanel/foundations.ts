// The data layer the app page needs first, evaluated in a task of its own (main.tsx).
import '../../lib/db';
import '../../lib/entries/schema';
import '../../lib/settings/repository';
