import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Drives Lantern the way a keyboard user does: through the command palette and the editor. */
export class LanternPage {
  constructor(readonly page: Page) {}

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.getByRole('combobox', { name: 'Command palette' });
    await input.waitFor();
    await input.fill(title);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'detached' });
  }

  title() {
    return this.page.getByRole('textbox', { name: 'Title' });
  }

  body() {
    return this.page.getByRole('textbox', { name: 'Reflection (markdown)' });
  }

  journalTree() {
    return this.page.getByRole('tree', { name: 'Journal entries by month' });
  }

  entryInTree(title: string) {
    return this.journalTree().getByRole('treeitem', { name: title });
  }

  async waitSaved(): Promise<void> {
    await expect.poll(() => this.page.getByTestId('save-state').textContent(), { timeout: 5000 }).toBe('Saved');
  }

  /** Writes a new entry by keyboard alone and waits for it to be saved. */
  async writeEntry(title: string, body: string): Promise<void> {
    await this.runCommand('Journal: New Entry');
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(body);
    await this.waitSaved();
  }
}
