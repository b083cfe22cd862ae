import { Suspense, useId, useState } from 'react';
import './outline.css';
import { lazyPart } from '../kit/lazyPart';

const OutlineTree = lazyPart(() => import('./OutlineTree'), 'OutlineTree');

/**
 * The pod as text: a toggleable outline (nested lists, which screen readers announce with their
 * level and size) of the workload, its containers by role, volumes and references. Items that
 * stand for something on the canvas are buttons that select it there.
 */
export function OutlinePanel() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="outline">
      <button
        type="button"
        className="outline__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        Outline
      </button>
      {open && (
        <section id={panelId} className="outline__panel" aria-label="Pod outline">
          <Suspense fallback={<p className="outline__empty">Loading the outline…</p>}>
            <OutlineTree />
          </Suspense>
        </section>
      )}
    </div>
  );
}
