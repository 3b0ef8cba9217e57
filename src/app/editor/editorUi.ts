/** Whether the scenario editor is open: shared by the header's Edit button and the editor drawer. */
import { create } from 'zustand';

export const useEditorUi = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
