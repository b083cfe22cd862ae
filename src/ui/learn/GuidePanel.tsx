import { ChevronDown, ChevronUp, Link, X } from 'lucide-react';
import { useId } from 'react';
import { selectPanelOpen } from '../../store/session/layoutSlice';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';
import { commandTitle, useCommandView, useRunCommand } from '../commands/CommandRunner';
import { ExerciseGoalStatus } from './ExerciseGoalStatus';
import './learn.css';

const selectGuideExpanded = selectPanelOpen('guide');

/**
 * Above the canvas: the opened template's explanation, or the exercise's goal and progress. It
 * collapses to one line with its title (presenter mode starts it so) and expands again.
 */
export function GuidePanel() {
  const store = useDesignerStore();
  const run = useRunCommand();
  const guide = useDesigner((state) => state.guide);
  const expanded = useDesigner(selectGuideExpanded);
  const toggle = useCommandView('learn.explanation');
  const titleId = useId();
  const bodyId = useId();
  if (!guide) return null;
  const title = guide.kind === 'template' ? guide.template.title : guide.exercise.title;

  return (
    <aside className={expanded ? 'guide' : 'guide is-collapsed'} aria-labelledby={titleId}>
      <header className="guide__header">
        <span className="guide__kind">{guide.kind === 'template' ? 'Template' : 'Exercise'}</span>
        <h2 id={titleId} className="guide__title">
          {title}
        </h2>
        <button
          type="button"
          className="guide__toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          title={commandTitle(toggle, expanded ? 'Collapse the explanation' : 'Show the explanation')}
          onClick={() => run('learn.explanation')}
        >
          {expanded ? <ChevronUp aria-hidden="true" size={16} /> : <ChevronDown aria-hidden="true" size={16} />}
          <span>Explanation</span>
        </button>
        <button
          type="button"
          className="guide__close"
          onClick={() => store.getState().closeGuide()}
          aria-label="Close guide"
          title="Close the guide (the design stays)"
        >
          <X aria-hidden="true" size={16} />
        </button>
      </header>
      <div id={bodyId} className="guide__body" hidden={!expanded}>
        {guide.kind === 'template' ? (
          // The tags help find a template in the gallery; over the canvas they would only take its room.
          <p>{guide.template.explanation}</p>
        ) : (
          <>
            <p>
              <strong>Goal:</strong> {guide.exercise.goal}
            </p>
            <ExerciseGoalStatus key={guide.exercise.id} exercise={guide.exercise} />
            <CommandButton id="share.copyExerciseLink" icon={Link} className="guide__link" />
          </>
        )}
      </div>
    </aside>
  );
}
