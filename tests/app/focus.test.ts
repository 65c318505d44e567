// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FocusTargets } from '../../app/workbench/focus';

let targets: FocusTargets;
let field: HTMLInputElement;

beforeEach(() => {
  targets = new FocusTargets();
  field = document.createElement('input');
  document.body.append(field);
});

afterEach(() => document.body.replaceChildren());

describe('named focus targets', () => {
  it('put focus on the element a view registered under the name', () => {
    targets.register('unlock.passphrase', field);
    targets.focus('unlock.passphrase');
    expect(document.activeElement).toBe(field);
  });

  it('give focus to a target as it appears, when a command asked for it first', () => {
    targets.focus('mentee.feedback');
    expect(document.activeElement).not.toBe(field);
    targets.register('mentee.feedback', field);
    expect(document.activeElement).toBe(field);
  });

  it('forget an element once its view has gone, and a request once it has been met', () => {
    const unregister = targets.register('mentee.feedback', field);
    unregister();
    targets.focus('mentee.feedback');
    expect(document.activeElement).not.toBe(field);

    const other = document.createElement('input');
    document.body.append(other);
    targets.register('mentee.feedback', field);
    other.focus();
    targets.register('mentee.feedback', field);
    expect(document.activeElement).toBe(other);
  });
});
