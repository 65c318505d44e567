import { options } from 'preact';

/*
 * Chromium's session restore keeps what form fields hold (the profile's Sessions files) so that a
 * reopened tab can fill them in again: the doctor's words would sit there in plain text, passphrase
 * or not. Blink saves a field's state only when the field may autocomplete, so every input, textarea
 * and select Lantern renders gets autocomplete="off", unless it names its own purpose (passphrase
 * boxes, whose state is never saved).
 */

let installed = false;

/** Gives every form field rendered from now on autocomplete="off" unless it sets its own. Once per page. */
export function keepFieldsOutOfSessionRestore(): void {
  if (installed) return;
  installed = true;
  const previous = options.vnode;
  options.vnode = (vnode) => {
    if (vnode.type === 'input' || vnode.type === 'textarea' || vnode.type === 'select') {
      const props = vnode.props as Record<string, unknown>;
      if (props.autocomplete === undefined && props.autoComplete === undefined) props.autocomplete = 'off';
    }
    previous?.(vnode);
  };
}
