import { describe, expect, it } from 'vitest';
import { type KeyedRow, treeKeyAction } from '../../components/shell/treeKeys';

const ROWS: KeyedRow[] = [
  { id: 'nov', parentId: null, label: 'November 2026', expanded: true },
  { id: 'a', parentId: 'nov', label: 'Appraisal prep' },
  { id: 'b', parentId: 'nov', label: 'Budget meeting' },
  { id: 'oct', parentId: null, label: 'October 2026', expanded: false },
];
const key = (name: string, modifiers: Partial<KeyboardEvent> = {}) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('tree keys (the ARIA tree pattern)', () => {
  it('moves with arrows, Home and End, and stops at the ends', () => {
    expect(treeKeyAction(key('ArrowDown'), ROWS, 0)).toEqual({ type: 'focus', id: 'a' });
    expect(treeKeyAction(key('ArrowUp'), ROWS, 0)).toEqual({ type: 'focus', id: undefined });
    expect(treeKeyAction(key('End'), ROWS, 1)).toEqual({ type: 'focus', id: 'oct' });
    expect(treeKeyAction(key('Home'), ROWS, 3)).toEqual({ type: 'focus', id: 'nov' });
  });

  it('opens and closes groups with Right and Left, and moves in and out of them', () => {
    expect(treeKeyAction(key('ArrowRight'), ROWS, 3)).toEqual({ type: 'toggle', id: 'oct', open: true });
    expect(treeKeyAction(key('ArrowRight'), ROWS, 0)).toEqual({ type: 'focus', id: 'a' });
    expect(treeKeyAction(key('ArrowRight'), ROWS, 1)).toEqual({ type: 'none' });
    expect(treeKeyAction(key('ArrowLeft'), ROWS, 0)).toEqual({ type: 'toggle', id: 'nov', open: false });
    expect(treeKeyAction(key('ArrowLeft'), ROWS, 2)).toEqual({ type: 'focus', id: 'nov' });
  });

  it('activates with Enter and Space, jumps by first letter (wrapping), and leaves other keys alone', () => {
    expect(treeKeyAction(key('Enter'), ROWS, 1)).toEqual({ type: 'activate' });
    expect(treeKeyAction(key(' '), ROWS, 1)).toEqual({ type: 'activate' });
    expect(treeKeyAction(key('b'), ROWS, 0)).toEqual({ type: 'focus', id: 'b' });
    expect(treeKeyAction(key('N'), ROWS, 2)).toEqual({ type: 'focus', id: 'nov' });
    expect(treeKeyAction(key('Tab'), ROWS, 0)).toBeNull();
    expect(treeKeyAction(key('ArrowDown', { ctrlKey: true }), ROWS, 0)).toBeNull();
    expect(treeKeyAction(key('ArrowDown'), ROWS, 9)).toBeNull();
  });
});
