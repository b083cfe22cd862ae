import { lazy, Suspense, useEffect } from 'react';
import { selectPanelVisibility } from '../../store/session/layoutSlice';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { useCommandShortcuts } from '../commands/useCommandShortcuts';
import { lazyPart, preloadLazyParts } from '../kit/lazyPart';
import { useExerciseLinks } from '../learn/useExerciseLinks';
import { Palette } from '../palette/Palette';
import { StatusStrip } from '../problems/StatusStrip';
import { useSharedDesignLinks } from '../share/useSharedDesignLinks';
import { Toolbar } from '../toolbar/Toolbar';
import { AppDialogs } from './AppDialogs';
import { BottomDock } from './BottomDock';
import { CanvasHeader } from './CanvasHeader';
import { DocumentTitle } from './DocumentTitle';
import { useDesigner } from './DesignerStoreContext';
import { ImportReportPanel } from './ImportReportPanel';
import { NoticeToast } from './NoticeToast';
import { SideColumn } from './SideColumn';
import { useFileDropAndPaste } from './useFileDropAndPaste';
import { WorkspaceSplitter } from './WorkspaceSplitter';
import '../presenter/presenter.css';
import './shell.css';

// Its own chunk: the service worker registration and its notices stay out of the first screen's code.
const OfflineNotices = lazy(() => import('../offline/OfflineNotices'));
// The explanation of a template or an exercise's goal and progress: shown only once one is open.
const GuidePanel = lazyPart(() => import('../learn/GuidePanel'), 'GuidePanel');
const RevealBar = lazyPart(() => import('../learn/RevealBar'), 'RevealBar');
// The application map: only a file of several objects opens on it.
const MapCanvas = lazyPart(() => import('../map/MapCanvas'), 'MapCanvas');

/**
 * The shell: the toolbar; the palette, the canvas (the explanation above it, the problems or the
 * lifecycle docked under it) and the inspector above the YAML editor; the status strip. Panels
 * collapse, resize and are remembered; the canvas keeps most of the window.
 */
export function App() {
  useCommandShortcuts();
  useExerciseLinks();
  useSharedDesignLinks();
  const draggingFile = useFileDropAndPaste();
  const presenting = useDesigner((state) => state.presenting);
  const visible = useDesigner(selectPanelVisibility);
  const paletteWidth = useDesigner((state) => state.layout.sizes.paletteWidth);
  const sideWidth = useDesigner((state) => state.layout.sizes.sideWidth);
  const side = visible.inspector || visible.yaml;
  const guiding = useDesigner((state) => state.guide !== null);
  useEffect(preloadLazyParts, []);
  const view = useDesigner((state) => state.view);
  return (
    <div className={presenting ? 'app app--presenting' : 'app'}>
      <DocumentTitle />
      <Toolbar />
      <div className="workspace">
        {visible.palette && (
          <>
            <div id="palette-panel" className="workspace__palette" style={{ width: paletteWidth }}>
              <Palette />
            </div>
            <WorkspaceSplitter size="paletteWidth" label="Resize the palette" controls="palette-panel" />
          </>
        )}
        <div className="workspace__center">
          <main className="canvas-pane" aria-label={view === 'map' ? 'Application map' : 'Pod canvas'}>
            {guiding && (
              <Suspense fallback={null}>
                <GuidePanel />
              </Suspense>
            )}
            <ImportReportPanel />
            {/* The guide is a band above the stage; the canvas header floats over the canvas. */}
            <div className="canvas-stage">
              {view === 'map' ? (
                <Suspense fallback={<div className="canvas map-canvas" />}>
                  <MapCanvas />
                </Suspense>
              ) : (
                <DesignerCanvas />
              )}
              <CanvasHeader />
              {/* Presenting, the step-by-step reveal floats at the foot of the canvas, leaving it the room. */}
              {presenting && (
                <Suspense fallback={null}>
                  <RevealBar />
                </Suspense>
              )}
            </div>
          </main>
          <BottomDock />
        </div>
        {side && <WorkspaceSplitter size="sideWidth" label="Resize the inspector and editor" controls="side-column" />}
        <SideColumn inspector={visible.inspector} yaml={visible.yaml} width={sideWidth} />
      </div>
      <StatusStrip />
      <NoticeToast />
      <Suspense fallback={null}>
        <OfflineNotices />
      </Suspense>
      <AppDialogs />
      {draggingFile && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a YAML file to open it
        </div>
      )}
    </div>
  );
}
