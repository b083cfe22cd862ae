import { lazy, Suspense, useState } from 'react';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { YamlEditorPane } from '../editor/YamlEditorPane';
import { Inspector } from '../inspector/Inspector';
import { Splitter } from '../kit/Splitter';
import { GuidePanel } from '../learn/GuidePanel';
import { LearnDialog } from '../learn/LearnDialog';
import { ReplaceDesignDialog } from '../learn/ReplaceDesignDialog';
import { useLearningSession } from '../learn/useLearningSession';
import { OutlinePanel } from '../outline/OutlinePanel';
import { Palette } from '../palette/Palette';
import { ProblemsDock } from '../problems/ProblemsDock';
import { SharedDesignArrival } from '../share/SharedDesignArrival';
import { LifecycleDock } from '../simulate/LifecycleDock';
import { Toolbar } from '../toolbar/Toolbar';
import { useDesigner, useDesignerStore } from './DesignerStoreContext';
import { NoticeToast } from './NoticeToast';
import { useFileDropAndPaste } from './useFileDropAndPaste';
import { useGlobalShortcuts } from './useGlobalShortcuts';

// Its own chunk: the service worker registration and its notices stay out of the first screen's code.
const OfflineNotices = lazy(() => import('../offline/OfflineNotices'));

/** The shell: toolbar; palette, canvas, inspector and the resizable YAML editor; problems panel and status strip. */
export function App() {
  const store = useDesignerStore();
  const [editorWidth, setEditorWidth] = useState(() =>
    Math.round(Math.min(620, Math.max(380, window.innerWidth * 0.33))),
  );
  useGlobalShortcuts(store);
  const draggingFile = useFileDropAndPaste(store);
  const learning = useLearningSession(store);
  const presenting = useDesigner((state) => state.presenting);
  return (
    <div className={presenting ? 'app app--presenting' : 'app'}>
      <Toolbar onOpenGallery={learning.openGallery} />
      {/* Presenter mode hides the editor (kept mounted, so its state survives) and gives the canvas its room. */}
      <div
        className="workspace"
        style={{
          gridTemplateColumns: presenting
            ? 'var(--palette-width) minmax(320px, 1fr) var(--inspector-width)'
            : `var(--palette-width) minmax(320px, 1fr) var(--inspector-width) 6px ${editorWidth}px`,
        }}
      >
        <Palette />
        <main className="canvas-pane" aria-label="Pod canvas">
          {learning.guide && <GuidePanel guide={learning.guide} onClose={learning.closeGuide} />}
          {/* The guide is a band above the stage; the outline and the lifecycle dock float over the canvas. */}
          <div className="canvas-stage">
            <DesignerCanvas />
            <OutlinePanel />
            <LifecycleDock />
          </div>
        </main>
        <Inspector />
        <Splitter
          label="Resize the YAML editor"
          value={editorWidth}
          min={280}
          max={Math.max(400, window.innerWidth - 700)}
          onChange={setEditorWidth}
        />
        <YamlEditorPane />
      </div>
      <ProblemsDock />
      <NoticeToast />
      <Suspense fallback={null}>
        <OfflineNotices />
      </Suspense>
      {learning.galleryTab && (
        <LearnDialog
          tab={learning.galleryTab}
          onTabChange={learning.openGallery}
          onClose={learning.closeGallery}
          onOpenTemplate={learning.openTemplate}
          onStartExercise={learning.startExercise}
        />
      )}
      {learning.linkedExercise && (
        <ReplaceDesignDialog
          exercise={learning.linkedExercise}
          onReplace={() => learning.linkedExercise && learning.startExercise(learning.linkedExercise)}
          onKeep={learning.keepDesignForLinkedExercise}
        />
      )}
      <SharedDesignArrival />
      {draggingFile && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a YAML file to open it
        </div>
      )}
    </div>
  );
}
