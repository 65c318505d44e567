import { passphraseProblem } from '../../lib/vault';

export interface SetUpForm {
  server: string;
  username: string;
  password: string;
  passphrase: string;
  repeat: string;
}

export const EMPTY_SET_UP: SetUpForm = { server: '', username: '', password: '', passphrase: '', repeat: '' };

const EXAMPLE = 'https://couch.example.org/lantern-jsmith';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What is wrong with the server address as typed, in plain words, or undefined when it will do. */
export function serverProblem(address: string): string | undefined {
  const typed = address.trim();
  if (!typed) return `Enter your sync server’s address, for example ${EXAMPLE}`;
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return `That isn’t a web address. It starts with https://, for example ${EXAMPLE}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `The address must start with https://, for example ${EXAMPLE}`;
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    return 'Use https:// for a server on another computer: only a server on this computer (localhost or 127.0.0.1) may use http://.';
  if (url.username || url.password)
    return 'Leave the username and password out of the address: type them in their own boxes below.';
  return undefined;
}

/** The problems with the set-up form, by field; empty when it can be sent. */
export function setUpProblems(form: SetUpForm): Partial<Record<keyof SetUpForm, string>> {
  const problems: Partial<Record<keyof SetUpForm, string>> = {};
  problems.server = serverProblem(form.server);
  const passphrase = passphraseProblem(form.passphrase);
  problems.passphrase = passphrase?.replace(/^Enter a passphrase\.$/, 'Enter your sync passphrase.');
  if (!problems.passphrase && form.repeat !== form.passphrase)
    problems.repeat = form.repeat
      ? 'The two sync passphrases are different. Type the same one in both boxes.'
      : 'Type the sync passphrase again, to be sure it is the one you meant.';
  for (const key of Object.keys(problems) as (keyof SetUpForm)[]) if (!problems[key]) delete problems[key];
  return problems;
}
