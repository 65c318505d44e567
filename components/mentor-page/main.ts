import type { Envelope } from '../../lib/crypto/envelope';
import { CryptoError, WrongPassphraseError } from '../../lib/crypto/errors';
import { formatInstantDate } from '../../lib/dates/format';
import { SELF_DECLARED_NOTE } from '../../lib/mentoring/constants';
import type { PageData } from '../../lib/mentoring/page/data';
import { DATA_BLOCK_ID } from '../../lib/mentoring/page/html';
import { openSealedBlock, readDataBlock, unpackPageData } from '../../lib/mentoring/page/packing';
import { field, h } from './dom';
import { commentBoxes, saveFeedback, suggestions } from './feedback-ui';
import { openDraftStore } from './store';
import { summarySections } from './summary';

/*
 * The page for any browser (lib/mentoring/page/make.ts writes it): reads its own data block, asks
 * for the passphrase if it is sealed, then shows the summary with the mentor's comment boxes. It
 * makes no network request; its content security policy forbids any.
 */

const NO_NETWORK =
  'This page makes no network request and works offline. What you write stays in this browser until you save your feedback and send the file yourself.';

const root = document.getElementById('page') as HTMLElement;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function show(...children: HTMLElement[]): void {
  root.replaceChildren(...children);
}

async function showSummary(data: PageData, key?: CryptoKey, passphrase?: string): Promise<void> {
  const store = await openDraftStore(data, key);
  const comment = commentBoxes(store);
  const kept = h(
    'p',
    { role: 'status', class: 'muted no-print' },
    store.problem ?? 'Your comments are kept in this browser as you type.',
  );
  store.onWritten = (problem) => {
    kept.textContent = problem ?? 'Your comments are kept in this browser.';
  };
  document.title = `${data.displayName} · shared summary · Lantern`;
  show(
    h(
      'header',
      {},
      h('p', { class: 'eyebrow' }, `Shared with you · ${data.period.label}`),
      h('h1', {}, data.displayName),
      h('p', { class: 'note' }, SELF_DECLARED_NOTE),
      h(
        'p',
        { class: 'muted' },
        `${data.summary.title} · ${data.period.label} · made ${formatInstantDate(data.createdAt)}`,
      ),
      h('p', { class: 'private no-print' }, NO_NETWORK),
      kept,
    ),
    comment({ kind: 'summary' }, 'Comment on the whole summary'),
    ...summarySections(data.summary.sections, comment),
    suggestions(store),
    saveFeedback(data, store, passphrase),
  );
}

function showLock(envelope: Envelope): void {
  const input = h('input', { type: 'password', autocomplete: 'off', required: true });
  const open = h('button', { type: 'submit', class: 'button' }, 'Open');
  const problem = h('p', { role: 'alert', class: 'problem' });
  const form = h(
    'form',
    { class: 'lock' },
    h('h1', {}, 'A shared summary from Lantern'),
    h('p', {}, 'This summary is protected with a passphrase. Whoever sent it will tell you the passphrase separately.'),
    field('Passphrase', input),
    open,
    problem,
    h('p', { class: 'private' }, NO_NETWORK),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!input.value) {
      problem.textContent = 'Enter the passphrase to open the summary.';
      return;
    }
    open.disabled = true;
    problem.textContent = '';
    open.textContent = 'Opening…';
    try {
      const { data, key } = await openSealedBlock(envelope, input.value);
      await showSummary(data, key, input.value);
    } catch (error) {
      problem.textContent =
        error instanceof WrongPassphraseError
          ? 'That passphrase doesn’t open this summary. Check it with whoever sent it and try again.'
          : messageOf(error);
      if (!(error instanceof CryptoError)) console.error(error);
      open.disabled = false;
      open.textContent = 'Open';
      input.focus();
    }
  });
  show(form);
  input.focus();
}

async function start(): Promise<void> {
  const block = readDataBlock(document.getElementById(DATA_BLOCK_ID)?.textContent ?? '');
  if ('open' in block) return showSummary(unpackPageData(block.open));
  if (!globalThis.crypto?.subtle) {
    throw new Error(
      'This browser cannot open protected pages from here. Try opening the file in a current Chrome, Edge, Firefox or Safari.',
    );
  }
  showLock(block.sealed);
}

start().catch((error: unknown) =>
  show(h('p', { role: 'alert', class: 'problem' }, `This page can’t be shown: ${messageOf(error)}`)),
);
