import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDesignerStore } from './store/designerStore';
import { loadSavedDocument, startAutosave } from './store/persistence';
import { workerValidation } from './store/validation/workerValidation';
import { loadSavedSession, startSessionPersistence } from './store/session/sessionPersistence';
import { App } from './ui/app/App';
import { DesignerStoreProvider } from './ui/app/DesignerStoreContext';
import { createBrowserEffects } from './ui/commands/browserEffects';
import { CommandRunnerProvider } from './ui/commands/CommandRunner';
import './ui/app/app.css';

const store = createDesignerStore(loadSavedDocument(window.localStorage) ?? undefined, {
  validation: workerValidation(),
  session: loadSavedSession(window.localStorage, window.sessionStorage, window.innerWidth),
});
startAutosave(store, window.localStorage);
startSessionPersistence(store, window.localStorage, window.sessionStorage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DesignerStoreProvider store={store}>
      <CommandRunnerProvider effects={createBrowserEffects(store)}>
        <App />
      </CommandRunnerProvider>
    </DesignerStoreProvider>
  </StrictMode>,
);
