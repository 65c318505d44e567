import { CommandRegistry, formatKeybinding, keybindingsOf } from '../../lib/commands';
import { localIsoDate } from '../../lib/dates';
import { draftEntry } from '../../lib/entries/repository';
import type { EntryInput } from '../../lib/entries/schema';
import type { Format } from '../../lib/markdown/edit';
import { exportRefusal } from '../../lib/privacy/messages';
import { loadPrompts } from '../../lib/prompts/load';
import { entryFromPrompt } from '../../lib/prompts/start';
import type { ReminderSettings } from '../../lib/reminders';
import { updatePreferences } from '../../lib/settings/repository';
import type { Preferences } from '../../lib/settings/schema';
import type { LanternCommand } from './command';
import type { CommandId } from './commands';
import { type FocusTargetName, FocusTargets } from './focus';
import { rescueFocus } from './focusRescue';
import { createWorkbenchStore, type EditorTarget, type Notice, type ViewId, type WorkbenchStore } from './state';

/** What the page gives the workbench from the browser around it. */
export interface Platform {
  isMac: boolean;
  openInTab(): Promise<void>;
  /** The weekly reminder lives in extension storage, where the background schedules it. */
  loadReminder?(): Promise<ReminderSettings>;
  saveReminder?(settings: ReminderSettings): Promise<void>;
}

/** The open editor, as the workbench sees it: it can be asked to write what is pending. */
export interface EditorHandle {
  flush(): Promise<void>;
  focus(): void;
  competencies(): readonly string[];
  /** Applies a markdown format to the body at its selection. */
  format(format: Format): void;
  /** Adds a template's sections to the body without removing any text. */
  changeTemplate(templateId: string): void;
  /** Opens the file picker to attach files to the entry. */
  addAttachment(): void;
  setCompetencies(ids: readonly string[]): void;
}

const NOTICE_MS = 8000;

export type SummaryAction = 'copyPlainText' | 'exportMarkdown' | 'exportWord' | 'exportJson' | 'print';

/** The open summary page, as export commands see it. */
export interface SummaryHandle {
  /** Unresolved patient-detail warnings in what would leave; exports wait while there are any. */
  blockedBy: number;
  run(action: SummaryAction): unknown;
}

export class Workbench {
  readonly store: WorkbenchStore = createWorkbenchStore();
  readonly registry: CommandRegistry<Workbench, LanternCommand<CommandId>>;
  readonly platform: Platform;
  readonly focusTargets = new FocusTargets();
  #editor: EditorHandle | null = null;
  #summary: SummaryHandle | null = null;
  #summaryWaiters: ((handle: SummaryHandle) => void)[] = [];
  #nextNoticeId = 1;

  constructor(platform: Platform) {
    this.platform = platform;
    this.registry = new CommandRegistry(platform.isMac);
  }

  get state() {
    return this.store.get();
  }

  setEditorHandle(handle: EditorHandle | null): void {
    this.#editor = handle;
  }

  /** Writes the open editor's pending text before anything moves it. */
  async flushEditor(): Promise<void> {
    await this.#editor?.flush();
  }

  /**
   * Writes the open editor's text before the editor changes. When that save fails the editor
   * stays, with the user's text and the error on screen: nothing typed disappears.
   */
  async leaveEditor(): Promise<boolean> {
    await this.flushEditor();
    if (this.state.save.state !== 'error') return true;
    this.notify('Your text could not be saved, so it stays open. Copy it somewhere safe, or try again.', {
      tone: 'error',
    });
    return false;
  }

  focusEditor(): void {
    this.#editor?.focus();
  }

  /** Puts focus on a named target, now or as soon as its view shows it. */
  focus(target: FocusTargetName): void {
    this.focusTargets.focus(target);
  }

  /** A command's title with its first keybinding, for tooltips. */
  describeCommand(id: CommandId): string {
    const command = this.registry.get(id);
    if (!command) return id;
    const key = this.keyLabel(id);
    return key ? `${command.title} (${key})` : command.title;
  }

  /** A command's keybinding (its first, or the one at `index`) as this platform shows it: `Ctrl+P`, `⌘P`. */
  keyLabel(id: CommandId, index = 0): string {
    const command = this.registry.get(id);
    const binding = command ? keybindingsOf(command)[index] : undefined;
    return binding ? formatKeybinding(binding, this.platform.isMac) : '';
  }

  setSummaryHandle(handle: SummaryHandle | null): void {
    this.#summary = handle;
    if (handle) for (const resolve of this.#summaryWaiters.splice(0)) resolve(handle);
  }

  /** Runs an export on the open summary, opening the appraisal summary first if none is open. */
  async exportSummary(action: SummaryAction): Promise<void> {
    let handle = this.#summary;
    if (!handle) {
      await this.showPage({ type: 'summary', kind: 'appraisal' });
      handle = await new Promise<SummaryHandle | null>((resolve) => {
        this.#summaryWaiters.push(resolve);
        setTimeout(() => resolve(this.#summary), 3000);
      });
    }
    if (!handle) return;
    if (handle.blockedBy > 0) {
      this.notify(exportRefusal(handle.blockedBy), { tone: 'error' });
      return;
    }
    await handle.run(action);
  }

  get editorHandle(): EditorHandle | null {
    return this.#editor;
  }

  notify(message: string, options: { tone?: Notice['tone']; action?: Notice['action'] } = {}): void {
    const notice: Notice = { id: this.#nextNoticeId++, tone: options.tone ?? 'info', message, action: options.action };
    // The same message again replaces the one showing rather than piling up beside it.
    this.store.set((state) => ({
      notices: [...state.notices.filter((shown) => shown.message !== message).slice(-2), notice],
    }));
    if (notice.tone === 'info') setTimeout(() => this.dismiss(notice.id), NOTICE_MS);
  }

  dismiss(id: number): void {
    this.store.set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  }

  confirm(message: string, confirmLabel: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.store.set({
        confirm: {
          message,
          confirmLabel,
          resolve: (confirmed) => {
            this.store.set({ confirm: null });
            resolve(confirmed);
          },
        },
      });
    });
  }

  showView(view: ViewId): void {
    this.store.set({ view, narrowPart: 'sideBar' });
  }

  async newEntry(overrides: Partial<EntryInput> = {}): Promise<void> {
    if (!(await this.leaveEditor())) return;
    const draft = draftEntry(overrides);
    this.store.set({
      editor: { type: 'entry', entryId: draft.id, draft, focusTitle: true },
      narrowPart: 'editor',
      preview: false,
    });
  }

  async openEntry(entryId: string): Promise<void> {
    if (this.state.editor.type === 'entry' && this.state.editor.entryId === entryId) {
      this.store.set({ narrowPart: 'editor' });
      this.focusEditor();
      return;
    }
    if (!(await this.leaveEditor())) return;
    this.store.set({ editor: { type: 'entry', entryId, focusTitle: false }, narrowPart: 'editor' });
  }

  async newEntryFromPrompt(promptId: string): Promise<void> {
    const prompt = (await loadPrompts()).promptById(promptId);
    if (!prompt) return;
    await this.newEntry(entryFromPrompt(prompt));
  }

  /** A new entry from today's prompt (the same all day, on every device). */
  async newEntryFromPromptOfTheDay(): Promise<void> {
    const { promptOfTheDay } = await loadPrompts();
    await this.newEntryFromPrompt(promptOfTheDay(localIsoDate()).id);
  }

  /** Shows a page in the editor area (a competency, the coverage grid, a prompt…). */
  async showPage(target: Exclude<EditorTarget, { type: 'entry' }>): Promise<void> {
    if (!(await this.leaveEditor())) return;
    this.store.set({ editor: target, narrowPart: 'editor' });
  }

  openLinkPicker(): void {
    if (this.state.editor.type !== 'entry' || this.state.openEntry?.deletedAt !== undefined) {
      this.notify('Open an entry first: competencies are linked to the open entry.');
      return;
    }
    this.store.set({ linkPicker: true });
  }

  async setPreferences(patch: Partial<Preferences>): Promise<void> {
    const preferences = await updatePreferences(patch);
    this.store.set({ preferences });
  }

  /**
   * A command may remove the element that had focus (deleting the open entry, closing Trash).
   * Focus then goes to the part on screen, never to nowhere.
   */
  keepFocus(): void {
    rescueFocus(
      document.body,
      () => this.sideBarFirst(),
      () => {
        const active = document.activeElement;
        const focused = active && active !== document.body && active.isConnected;
        return !focused && !this.state.palette && !this.state.confirm;
      },
    );
  }

  /** Whether focus that has to move goes to the side bar first: it is the part the last action showed. */
  sideBarFirst(): boolean {
    return this.state.narrowPart !== 'editor';
  }

  /** Runs a command if it is enabled; `target` is what a row's button acts on (an entry id). */
  async run(commandId: CommandId, target?: string): Promise<void> {
    const command = this.registry.get(commandId);
    if (!command) return;
    if (!this.registry.isEnabled(command, this)) return;
    try {
      await command.run(this, target);
      this.keepFocus();
    } catch (error) {
      this.notify(`${command.title} did not finish: ${error instanceof Error ? error.message : String(error)}`, {
        tone: 'error',
      });
    }
  }
}
