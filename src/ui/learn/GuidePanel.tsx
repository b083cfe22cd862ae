import { useId } from 'react';
import { exerciseHash } from '../../exercises/exerciseLink';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ExerciseGoalStatus } from './ExerciseGoalStatus';
import type { LearningGuide } from './learningGuide';
import './learn.css';

/** Beside the canvas: the opened template's explanation, or the exercise's goal and progress. */
export function GuidePanel({ guide, onClose }: { guide: LearningGuide; onClose(): void }) {
  const store = useDesignerStore();
  const titleId = useId();
  const title = guide.kind === 'template' ? guide.template.title : guide.exercise.title;

  const copyLink = async (id: string) => {
    const link = `${window.location.origin}${window.location.pathname}${exerciseHash(id)}`;
    try {
      await navigator.clipboard.writeText(link);
      store.getState().showNotice(`Link to the exercise copied: ${link}`, 'info');
    } catch {
      store.getState().showNotice(`The browser did not allow copying; share this link: ${link}`, 'info');
    }
  };

  return (
    <aside className="guide" aria-labelledby={titleId}>
      <header className="guide__header">
        <span className="guide__kind">{guide.kind === 'template' ? 'Template' : 'Exercise'}</span>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="guide__close" onClick={onClose} aria-label="Close guide">
          ×
        </button>
      </header>
      {guide.kind === 'template' ? (
        <>
          <p>{guide.template.explanation}</p>
          <ul className="gallery__tags" aria-label="Tags">
            {guide.template.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            <strong>Goal:</strong> {guide.exercise.goal}
          </p>
          <ExerciseGoalStatus key={guide.exercise.id} exercise={guide.exercise} />
          <button type="button" className="guide__link" onClick={() => copyLink(guide.exercise.id)}>
            Copy link to this exercise
          </button>
        </>
      )}
    </aside>
  );
}
