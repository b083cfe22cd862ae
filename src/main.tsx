import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDesignerStore } from './store/designerStore';
import { loadSavedDocument, startAutosave } from './store/persistence';
import { workerValidation } from './store/validation/workerValidation';
import { App } from './ui/app/App';
import { DesignerStoreProvider } from './ui/app/DesignerStoreContext';
import './ui/app/app.css';

const store = createDesignerStore(loadSavedDocument(window.localStorage) ?? undefined, {
  validation: workerValidation(),
});
startAutosave(store, window.localStorage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DesignerStoreProvider store={store}>
      <App />
    </DesignerStoreProvider>
  </StrictMode>,
);
