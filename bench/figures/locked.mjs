// With a passphrase: one is set through the real UI over the seeded journal (every record is re-sealed), then
// each run opens Lantern locked and times, in the page, from the Enter that submits the passphrase to the paint
// after the journal tree's first row: the PBKDF2 key derivation (600,000 iterations), unwrapping the data key,
// and reading and opening the first page of entries. Run last: it leaves the journal encrypted.
import { openLantern } from '../browser.mjs';

const PASSPHRASE = 'bench passphrase for the journal';

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.getByRole('combobox', { name: 'Command palette' });
  await input.fill(title);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'detached' });
}

/** Resolves `__benchUnlocked` with the time from the Enter keydown on the lock screen to the first row's paint. */
function unlockProbe() {
  const SELECTOR = '[role="tree"][aria-label="Journal entries by month"] [role="treeitem"]';
  window.__benchUnlocked = new Promise((resolve) => {
    let start = null;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && start === null) start = performance.now();
      },
      true,
    );
    const observer = new MutationObserver(() => {
      if (start === null || !document.querySelector(SELECTOR)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

export async function measureLocked(launched, runs) {
  const setup = await openLantern(launched);
  let encryptMs;
  try {
    await runCommand(setup, 'Privacy: Set Passphrase…');
    await setup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await setup.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
    const started = Date.now();
    await setup.getByRole('button', { name: 'Set passphrase' }).click();
    await setup
      .getByText('Your journal is encrypted. Lock it any time', { exact: false })
      .waitFor({ timeout: 15 * 60_000 });
    encryptMs = Date.now() - started;
  } finally {
    await setup.close();
  }
  const unlockTimes = [];
  for (let run = 0; run < runs; run++) {
    const page = await openLantern(launched, { init: unlockProbe });
    try {
      const field = page.getByLabel('Passphrase', { exact: true });
      await field.fill(PASSPHRASE);
      await field.press('Enter');
      unlockTimes.push(await page.evaluate(() => window.__benchUnlocked));
    } finally {
      await page.close();
    }
  }
  return { encryptMs, unlockTimes };
}
