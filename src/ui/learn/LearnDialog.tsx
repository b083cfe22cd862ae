import { useId, useRef, type KeyboardEvent } from 'react';
import { EXERCISES, findExercise } from '../../catalog/exercises';
import { findPodTemplate, POD_TEMPLATES } from '../../catalog/templates';
import type { GalleryTab } from '../../store/session/learningGuide';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { GalleryList, type GalleryEntry } from './GalleryList';
import { useModalDialog } from '../kit/useModalDialog';
import './learn.css';

const TABS: readonly { readonly tab: GalleryTab; readonly label: string }[] = [
  { tab: 'templates', label: 'Templates' },
  { tab: 'exercises', label: 'Exercises' },
];

const TEMPLATE_ENTRIES: readonly GalleryEntry[] = POD_TEMPLATES.map((template) => ({
  id: template.id,
  title: template.title,
  preview: template.explanation,
  previewLabel: 'What it shows:',
  tags: template.tags,
}));

const EXERCISE_ENTRIES: readonly GalleryEntry[] = EXERCISES.map((exercise) => ({
  id: exercise.id,
  title: exercise.title,
  preview: exercise.goal,
  previewLabel: 'Goal:',
}));

/** "New from template" and "Exercises": a modal with a tab for each, listing what can be opened. */
export function LearnDialog({ tab }: { tab: GalleryTab }) {
  const store = useDesignerStore();
  const onTabChange = (next: GalleryTab) => store.getState().openDialog({ kind: 'gallery', tab: next });
  const onClose = () => store.getState().closeDialog();
  const dialogRef = useModalDialog();
  const titleId = useId();
  const baseId = useId();
  const tabRefs = useRef<Partial<Record<GalleryTab, HTMLButtonElement | null>>>({});

  const onTabKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = TABS.findIndex((entry) => entry.tab === tab);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : -1) + TABS.length) % TABS.length]!;
    onTabChange(next.tab);
    tabRefs.current[next.tab]?.focus();
    event.preventDefault();
  };

  return (
    <dialog ref={dialogRef} className="learn-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="learn-dialog__header">
        <h2 id={titleId}>Start from a pattern</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div role="tablist" aria-label="Templates and exercises" className="learn-dialog__tabs" onKeyDown={onTabKeyDown}>
        {TABS.map((entry) => (
          <button
            key={entry.tab}
            ref={(element) => {
              tabRefs.current[entry.tab] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${entry.tab}-tab`}
            aria-selected={entry.tab === tab}
            aria-controls={`${baseId}-${entry.tab}-panel`}
            tabIndex={entry.tab === tab ? 0 : -1}
            onClick={() => onTabChange(entry.tab)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-${tab}-panel`}
        aria-labelledby={`${baseId}-${tab}-tab`}
        className="learn-dialog__panel"
      >
        {tab === 'templates' ? (
          <>
            <p className="learn-dialog__intro">
              Each template is a working design of a common pod pattern, explained beside the canvas. Opening one
              replaces your design (Undo brings it back).
            </p>
            <GalleryList
              key="templates"
              label="Templates"
              entries={TEMPLATE_ENTRIES}
              onChoose={(id) => {
                const template = findPodTemplate(id);
                if (template) store.getState().openTemplate(template);
              }}
            />
          </>
        ) : (
          <>
            <p className="learn-dialog__intro">
              Each exercise starts from a broken or weak design with a goal; the guide above the canvas ticks its steps
              as your design reaches them.{' '}
              <button
                type="button"
                className="learn-dialog__link-button"
                onClick={() => store.getState().openDialog({ kind: 'instructorView' })}
              >
                Instructor view and handouts
              </button>
            </p>
            <GalleryList
              key="exercises"
              label="Exercises"
              entries={EXERCISE_ENTRIES}
              onChoose={(id) => {
                const exercise = findExercise(id);
                if (exercise) store.getState().startExercise(exercise);
              }}
            />
          </>
        )}
      </div>
    </dialog>
  );
}
