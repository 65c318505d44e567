import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { loadSyncEngine, type SyncEngine } from '../../app/sync/engine';
import { requestServerAccess } from '../../app/sync/permission';
import { originOf } from '../../app/sync/policy';
import { EMPTY_SET_UP, type SetUpForm, setUpProblems } from '../../app/sync/setUpForm';
import { messageOf, syncOf } from '../../app/sync/syncService';
import { useWorkbench } from '../workbench/context';
import { Field, focusFirstProblem } from './fields';

const IDS: Record<keyof SetUpForm, string> = {
  server: 'sync-server',
  username: 'sync-username',
  password: 'sync-password',
  passphrase: 'sync-passphrase',
  repeat: 'sync-repeat',
};

/** `Sync: Set Up Sync…`: where the server is, the account, the sync passphrase, and what leaves. */
export function SyncSetUpPage() {
  const wb = useWorkbench();
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const [form, setForm] = useState<SetUpForm>(EMPTY_SET_UP);
  const [problems, setProblems] = useState<Partial<Record<keyof SetUpForm, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  useEffect(() => {
    let live = true;
    loadSyncEngine().then(
      (loaded) => live && setEngine(loaded),
      (failure) => live && setError(`Sync could not be loaded: ${messageOf(failure)}`),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const edit = (key: keyof SetUpForm) => (value: string) => setForm((typed) => ({ ...typed, [key]: value }));

  const finish = async (access: Promise<boolean>, origin: string) => {
    setBusy(true);
    try {
      if (!(await access)) {
        setError(
          `Lantern needs your permission to reach ${origin}, and nothing was sent. Press Start syncing again and choose Allow.`,
        );
        return;
      }
      await syncOf(wb).setUp(
        { serverUrl: form.server.trim(), username: form.username.trim(), password: form.password },
        form.passphrase,
      );
      wb.notify('Sync is on. Only encrypted copies leave this browser, for your server alone.');
      await wb.showPage({ type: 'sync', page: 'status' });
    } catch (failure) {
      setError(
        engine && failure instanceof engine.SyncSetupError
          ? failure.message
          : `Sync could not be set up, and nothing was saved: ${messageOf(failure)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy || !engine) return;
    const found = setUpProblems(form);
    setProblems(found);
    setError(null);
    const byId = Object.fromEntries(Object.entries(found).map(([key, text]) => [IDS[key as keyof SetUpForm], text]));
    if (focusFirstProblem(Object.values(IDS), byId)) return;
    const origin = originOf(form.server.trim()) as string;
    // The browser asks only inside the click itself: before anything awaits.
    let access: Promise<boolean>;
    try {
      access = requestServerAccess(origin);
    } catch (failure) {
      access = Promise.reject(failure);
    }
    void finish(access, origin);
  };

  return (
    <article class="page sync-page" aria-labelledby="sync-set-up-title">
      <h2 id="sync-set-up-title">Set up sync</h2>
      <p>
        Sync keeps this journal the same on each browser where you set it up, through a CouchDB server you choose.
        Everything is encrypted here, with your sync passphrase, before it leaves.
      </p>
      {engine ? <WhatLeaves leaves={engine.WHAT_LEAVES} /> : <p class="page__muted">Opening…</p>}
      <form class="sync-form" onSubmit={submit} noValidate>
        <Field
          id={IDS.server}
          label="Server address"
          type="url"
          autoComplete="url"
          value={form.server}
          onValue={edit('server')}
          fieldRef={first}
          hint="Your CouchDB database’s address, e.g. https://couch.example.org/lantern-jsmith. Lantern creates the database when it is missing and your account may."
          error={problems.server}
        />
        <Field
          id={IDS.username}
          label="Username"
          autoComplete="username"
          value={form.username}
          onValue={edit('username')}
          hint="Leave the username and password empty for a server that needs none."
          error={problems.username}
        />
        <Field
          id={IDS.password}
          label="Password"
          type="password"
          autoComplete="current-password"
          value={form.password}
          onValue={edit('password')}
          error={problems.password}
        />
        <Field
          id={IDS.passphrase}
          label="Sync passphrase"
          type="password"
          autoComplete="new-password"
          value={form.passphrase}
          onValue={edit('passphrase')}
          hint="The same on every device. It encrypts what is sent; the server never sees it. If it is forgotten, the server copy cannot be opened (this browser keeps everything)."
          error={problems.passphrase}
        />
        <Field
          id={IDS.repeat}
          label="Repeat sync passphrase"
          type="password"
          autoComplete="new-password"
          value={form.repeat}
          onValue={edit('repeat')}
          error={problems.repeat}
        />
        {error ? (
          <p ref={errorRef} class="field__error" role="alert" tabIndex={-1}>
            {error}
          </p>
        ) : null}
        <button type="submit" class="button" disabled={busy || !engine}>
          {busy ? 'Checking the server…' : 'Start syncing'}
        </button>
      </form>
    </article>
  );
}

function WhatLeaves(props: { leaves: { leaves: string[]; never: string[] } }) {
  return (
    <section class="sync-leaves" aria-label="What leaves this browser">
      <h3>What is sent to your server</h3>
      <ul>
        {props.leaves.leaves.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>What never leaves this browser</h3>
      <ul>
        {props.leaves.never.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
