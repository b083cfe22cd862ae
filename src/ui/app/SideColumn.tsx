import { useLayoutEffect, useRef, useState } from 'react';
import { YamlEditorPane } from '../editor/YamlEditorPane';
import { LazyInspector } from '../inspector/LazyInspector';
import { useDesigner } from './DesignerStoreContext';
import { WorkspaceSplitter } from './WorkspaceSplitter';

/**
 * The right column: the inspector above the YAML editor, each collapsible. The editor stays
 * mounted while hidden, so Monaco keeps its cursor, scroll and undo and never misses a change.
 */
export function SideColumn({ inspector, yaml, width }: { inspector: boolean; yaml: boolean; width: number }) {
  const share = useDesigner((state) => state.layout.sizes.inspectorShare);
  const column = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = column.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const both = inspector && yaml;
  return (
    <div ref={column} id="side-column" className="side-column" style={{ width }} hidden={!inspector && !yaml}>
      {inspector && (
        <div
          id="inspector-panel"
          className={both ? 'side-column__inspector side-column__inspector--share' : 'side-column__inspector'}
          style={both ? { flexBasis: `${share * 100}%` } : undefined}
        >
          <LazyInspector />
        </div>
      )}
      {both && (
        <WorkspaceSplitter
          size="inspectorShare"
          label="Resize the inspector and the YAML editor"
          controls="inspector-panel"
          columnHeight={height}
        />
      )}
      <div id="yaml-panel" className="side-column__yaml" hidden={!yaml}>
        <YamlEditorPane />
      </div>
    </div>
  );
}
