import type { PaletteMode } from '../workbench/state';
import type { Workbench } from '../workbench/workbench';

/** Opens the palette in `mode`; closing it gives focus back to where it was when first opened. */
export function openPalette(wb: Workbench, mode: PaletteMode): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  wb.store.set((state) => ({ palette: { mode, restoreFocus: state.palette?.restoreFocus ?? active } }));
}
