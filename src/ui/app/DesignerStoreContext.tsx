import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DesignerActions, DesignerState, DesignerStore } from '../../store/designerStore';

const DesignerStoreContext = createContext<DesignerStore | null>(null);

export function DesignerStoreProvider({ store, children }: { store: DesignerStore; children: ReactNode }) {
  return <DesignerStoreContext.Provider value={store}>{children}</DesignerStoreContext.Provider>;
}

/** The store itself, for event handlers that read state at the time they run. */
export function useDesignerStore(): DesignerStore {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesignerStore must be used inside <DesignerStoreProvider>');
  return store;
}

/** Selects the smallest piece of state a component renders. */
export function useDesigner<T>(selector: (state: DesignerState & DesignerActions) => T): T {
  return useStore(useDesignerStore(), selector);
}
