import type { SaveState } from '../../lib/autosave';
import { lastTwelveMonths, localIsoDate, type Period } from '../../lib/dates';
import type { Entry } from '../../lib/entries/schema';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/schema';
import type { InclusionOptions, SummaryKind } from '../../lib/summary';
import type { SyncPageTarget } from '../sync/commands';
import { createStore, type Store } from './store';

/** The side bar's views; the activity bar lists the commands that show them. */
export type ViewId = 'journal' | 'competencies' | 'prompts' | 'summaries' | 'mentoring' | 'settings';

export type PaletteMode = 'commands' | 'entries' | 'prompts' | 'templates' | 'newFromTemplate';

export type EditorTarget =
  | { type: 'entry'; entryId: string; draft?: Entry; focusTitle: boolean }
  | { type: 'trash' }
  | { type: 'competency'; elementId: string }
  | { type: 'coverage' }
  | { type: 'assessment' }
  | { type: 'prompt'; promptId: string }
  | { type: 'history'; entryId: string }
  | { type: 'backup'; focus: 'export' | 'import' }
  | { type: 'plan' }
  | { type: 'summary'; kind: SummaryKind }
  | { type: 'welcome' }
  | { type: 'importNotes' }
  | { type: 'share' }
  | { type: 'openBundle' }
  | { type: 'mentee'; menteeId: string }
  | { type: 'feedback' }
  | { type: 'shortcuts' }
  | { type: 'passphrase'; mode: PassphraseMode }
  | SyncPageTarget
  | { type: 'empty' };

/** `Privacy: Set Passphrase…`, `Privacy: Change Passphrase…` and removing the passphrase share one page. */
export type PassphraseMode = 'set' | 'change' | 'remove';

export interface LockState {
  /** The journal has a passphrase: its records are encrypted at rest. */
  enabled: boolean;
  /** No key in this page: only the lock screen shows. */
  locked: boolean;
  /** The entry that was open when the journal locked, reopened on unlocking (its id only). */
  reopen: string | null;
  /** Records being encrypted, re-encrypted or decrypted, for the status bar. */
  progress: null | { label: string; done: number; total: number };
}

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => unknown };
}

export interface ConfirmRequest {
  message: string;
  confirmLabel: string;
  resolve: (confirmed: boolean) => void;
}

export interface WorkbenchState {
  view: ViewId;
  /** In a narrow panel only one part shows at a time: the side bar view or the editor. */
  narrowPart: 'sideBar' | 'editor';
  editor: EditorTarget;
  preview: boolean;
  palette: null | { mode: PaletteMode; restoreFocus: HTMLElement | null };
  save: { state: SaveState; message?: string };
  wordCount: number | null;
  /** How many files the open entry has, for the status bar. */
  attachmentCount: number | null;
  /** Patient-detail warnings and hints in the open entry. */
  privacy: { warnings: number; hints: number } | null;
  /** The open entry as last loaded or saved, for commands that act on it. */
  openEntry: Entry | null;
  /** The Trash row the user last picked, for `Entry: Restore from Trash`. */
  selectedTrashId: string | null;
  notices: Notice[];
  confirm: ConfirmRequest | null;
  /** The competency picker for the open entry is showing. */
  linkPicker: boolean;
  /** Bumped by `Journal: Search Entries` to put the caret in the Journal's search box. */
  searchFocus: number;
  /** The period summaries cover (last 12 months until the user picks another). */
  summaryPeriod: Period;
  /** What the user chose to include in summaries and shares, entry by entry. */
  summaryChoices: InclusionOptions;
  preferences: Preferences;
  /** Set when another window upgraded the database: this one can no longer save. */
  blocked: string | null;
  lock: LockState;
}

export function initialState(): WorkbenchState {
  return {
    view: 'journal',
    narrowPart: 'sideBar',
    editor: { type: 'empty' },
    preview: false,
    palette: null,
    save: { state: 'idle' },
    wordCount: null,
    attachmentCount: null,
    privacy: null,
    openEntry: null,
    selectedTrashId: null,
    notices: [],
    confirm: null,
    linkPicker: false,
    searchFocus: 0,
    summaryPeriod: lastTwelveMonths(localIsoDate()),
    summaryChoices: {},
    preferences: DEFAULT_PREFERENCES,
    blocked: null,
    lock: { enabled: false, locked: false, reopen: null, progress: null },
  };
}

export type WorkbenchStore = Store<WorkbenchState>;

export function createWorkbenchStore(): WorkbenchStore {
  return createStore(initialState());
}
