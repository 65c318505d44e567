import { describe, expect, it } from 'vitest';
import { listboxKeyAction } from '../../components/shell/listboxKeys';

describe('list keys in the palette and the competency picker', () => {
  it('moves with Up and Down and wraps round at either end', () => {
    expect(listboxKeyAction('ArrowDown', 0, 3)).toEqual({ type: 'move', index: 1 });
    expect(listboxKeyAction('ArrowDown', 2, 3)).toEqual({ type: 'move', index: 0 });
    expect(listboxKeyAction('ArrowUp', 0, 3)).toEqual({ type: 'move', index: 2 });
  });

  it('jumps ten with Page Up and Page Down, stopping at the ends', () => {
    expect(listboxKeyAction('PageDown', 5, 30)).toEqual({ type: 'move', index: 15 });
    expect(listboxKeyAction('PageDown', 25, 30)).toEqual({ type: 'move', index: 29 });
    expect(listboxKeyAction('PageUp', 4, 30)).toEqual({ type: 'move', index: 0 });
  });

  it('chooses with Enter, closes with Escape, and leaves Home, End and letters to the text box', () => {
    expect(listboxKeyAction('Enter', 1, 3)).toEqual({ type: 'choose' });
    expect(listboxKeyAction('Escape', 1, 3)).toEqual({ type: 'close' });
    for (const key of ['Home', 'End', 'a', ' ']) expect(listboxKeyAction(key, 1, 3)).toBeNull();
  });

  it('stays on the first place when nothing is listed', () => {
    expect(listboxKeyAction('ArrowUp', 0, 0)).toEqual({ type: 'move', index: 0 });
    expect(listboxKeyAction('ArrowDown', 0, 0)).toEqual({ type: 'move', index: 0 });
  });
});
