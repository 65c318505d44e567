import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { findByRole } from './find';
import { reload } from './harness';

export interface Target {
  role: string;
  name: string;
  /** Look only inside the element with this role and name. */
  within?: { role: string; name: string };
}

/** The same keyboard user as tests/e2e/lantern.ts, driven through puppeteer-core in Firefox. */
export class FirefoxLantern {
  constructor(readonly page: Page) {}

  /** Waits (up to 10 s) for a visible element with this role and name. */
  async find({ role, name, within }: Target, timeout = 10_000): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const handle = await this.page.evaluateHandle(findByRole, role, name, within?.role ?? '', within?.name ?? '');
      const element = handle.asElement();
      if (element) return element as ElementHandle<Element>;
      await handle.dispose();
      if (Date.now() > deadline) throw new Error(`No ${role} named “${name}” appeared within ${timeout} ms.`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  async gone(target: Target): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(findByRole, target.role, target.name, '', ''), { timeout: 10_000 })
      .toBeNull();
  }

  async click(role: string, name: string): Promise<void> {
    await (await this.find({ role, name })).click();
  }

  /** Replaces what is in the field with this label by typing. */
  async fill(label: string, value: string): Promise<void> {
    const field = await this.find({ role: 'field', name: label });
    await field.evaluate((input) => (input as HTMLInputElement).select());
    await field.type(value);
  }

  async runCommand(title: string): Promise<void> {
    const palette = { role: 'combobox', name: 'Command palette' };
    await this.page.keyboard.press('F1');
    await this.find(palette);
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Enter');
    await this.gone(palette);
  }

  private async value(name: string): Promise<string> {
    const field = await this.find({ role: 'textbox', name });
    return field.evaluate((input) => (input as HTMLInputElement).value);
  }

  title(): Promise<string> {
    return this.value('Title');
  }

  body(): Promise<string> {
    return this.value('Reflection (markdown)');
  }

  entryInTree(title: string): Promise<ElementHandle<Element>> {
    return this.find({ role: 'treeitem', name: title, within: { role: 'tree', name: 'Journal entries by month' } });
  }

  async waitForText(text: string): Promise<void> {
    await expect.poll(() => this.page.evaluate(() => document.body.innerText), { timeout: 10_000 }).toContain(text);
  }

  async waitSaved(): Promise<void> {
    await expect
      .poll(() => this.page.$eval('[data-testid="save-state"]', (state) => state.textContent), { timeout: 5000 })
      .toBe('Saved');
  }

  /** Writes a new entry by keyboard alone and waits for it to be saved. */
  async writeEntry(title: string, body: string): Promise<void> {
    await this.runCommand('Journal: New Entry');
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(body);
    await this.waitSaved();
  }

  reload(): Promise<void> {
    return reload(this.page);
  }
}
