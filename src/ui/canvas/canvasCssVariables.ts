import type { CSSProperties } from 'react';
import { CANVAS_METRICS, type Density } from '../../graph/canvasMetrics';

const px = (value: number) => `${value}px`;

/**
 * The canvas metrics table as CSS custom properties on the canvas, so node styles use the very
 * sizes the layout computed with (a mount row's edge meets the row drawn at that height).
 */
export function canvasCssVariables(density: Density): CSSProperties {
  const { container, volume, reference, pod, lane } = CANVAS_METRICS[density];
  return {
    '--node-width': px(container.width),
    '--node-padding-x': px(container.paddingX),
    '--node-padding-y': px(container.paddingY),
    '--node-gap': px(container.gap),
    '--node-role-size': px(container.roleSize),
    '--node-name-size': px(container.nameSize),
    '--node-summary-name-size': px(container.summaryNameSize),
    '--node-image-size': px(container.imageSize),
    '--node-detail-size': px(container.detailSize),
    '--node-role-line': px(container.roleLine),
    '--node-name-line': px(container.nameLine),
    '--node-image-line': px(container.imageLine),
    '--node-detail-line': px(container.detailLine),
    '--node-mount-line': px(container.mountLine),
    '--node-actions-height': px(container.actionsHeight),
    '--volume-name-size': px(volume.nameSize),
    '--volume-name-line': px(volume.nameLine),
    '--volume-detail-size': px(volume.detailSize),
    '--reference-name-size': px(reference.nameSize),
    '--reference-detail-size': px(reference.detailSize),
    '--pod-name-size': px(pod.nameSize),
    '--lane-title-size': px(lane.titleSize),
  } as CSSProperties;
}
