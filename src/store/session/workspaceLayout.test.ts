import { describe, expect, it } from 'vitest';
import { clampPanelSize, defaultWorkspaceLayout, PANEL_SIZE_LIMITS, sanitizeWorkspaceLayout } from './workspaceLayout';

describe('a layout read back from storage', () => {
  const fallback = defaultWorkspaceLayout(1440);

  it('is kept when it is whole and sensible', () => {
    const saved = JSON.parse(JSON.stringify({ ...fallback, sizes: { ...fallback.sizes, sideWidth: 500 } }));
    expect(sanitizeWorkspaceLayout(saved, fallback)).toEqual({
      ...fallback,
      sizes: { ...fallback.sizes, sideWidth: 500 },
    });
  });

  it('takes every missing, broken or out-of-range field from the default', () => {
    const restored = sanitizeWorkspaceLayout(
      {
        visible: { normal: { palette: false, inspector: 'yes' } },
        dock: 'terminal',
        sizes: { paletteWidth: 99_999, sideWidth: 'wide', dockHeight: Number.NaN },
      },
      fallback,
    );
    expect(restored.visible.normal).toEqual({ ...fallback.visible.normal, palette: false });
    expect(restored.dock).toBeNull();
    expect(restored.visible.presenting).toEqual(fallback.visible.presenting);
    expect(restored.sizes).toEqual({ ...fallback.sizes, paletteWidth: PANEL_SIZE_LIMITS.paletteWidth.max });
  });

  it('is the default when storage held something else', () => {
    expect(sanitizeWorkspaceLayout(null, fallback)).toBe(fallback);
    expect(sanitizeWorkspaceLayout('layout', fallback)).toBe(fallback);
  });
});

describe('panel sizes', () => {
  it('are whole pixels within limits, and the inspector share a fraction', () => {
    expect(clampPanelSize('dockHeight', 250.6)).toBe(251);
    expect(clampPanelSize('dockHeight', 1)).toBe(PANEL_SIZE_LIMITS.dockHeight.min);
    expect(clampPanelSize('inspectorShare', 2)).toBe(PANEL_SIZE_LIMITS.inspectorShare.max);
  });
});
