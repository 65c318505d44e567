import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface ReadProblem {
  kind: string;
  message: string;
}

/**
 * A Lantern file chooser with the passphrase step: reads the file, asks for a passphrase when the
 * file is protected (or the one given did not open it), and shows any problem; writes nothing.
 */
export function ProtectedFilePicker<T>(props: {
  label: string;
  read(text: string, passphrase?: string): Promise<{ ok: true; value: T } | { ok: false; error: ReadProblem }>;
  onRead(value: T): void;
}) {
  const [text, setText] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);

  const read = async (fileText: string, secret?: string) => {
    setProblem(null);
    const result = await props.read(fileText, secret);
    if (result.ok) {
      setAskPassphrase(false);
      props.onRead(result.value);
      return;
    }
    setAskPassphrase(result.error.kind === 'needs-passphrase' || result.error.kind === 'wrong-passphrase');
    setProblem(result.error.message);
  };

  return (
    <div>
      <label class="field">
        <span class="field__label">{props.label}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            const loaded = await file.text();
            setText(loaded);
            setPassphrase('');
            await read(loaded);
          }}
        />
      </label>
      {askPassphrase && text !== null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void read(text, passphrase);
          }}
        >
          <label class="field">
            <span class="field__label">Passphrase for this file</span>
            <input type="password" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />
          </label>
          <button type="submit" class="button">
            Open file
          </button>
        </form>
      ) : null}
      {problem ? (
        <p class="field__error" role="alert">
          {problem} Nothing has been changed.
        </p>
      ) : null}
    </div>
  );
}
