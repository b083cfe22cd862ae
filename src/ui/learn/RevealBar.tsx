import { ChevronLeft, ChevronRight } from 'lucide-react';
import { selectRevealSteps } from '../../store/revealSelectors';
import { useDesigner } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';
import './learn.css';

/**
 * Presenter mode's step-by-step reveal, under the canvas: Previous and Next (PageUp and PageDown,
 * a presenter's clicker) walk the design part by part; the part is highlighted on the canvas and
 * in the YAML, and explained here in one sentence.
 */
export function RevealBar() {
  const presenting = useDesigner((state) => state.presenting);
  const steps = useDesigner(selectRevealSteps);
  const index = useDesigner((state) => state.revealIndex);
  if (!presenting || steps.length === 0) return null;
  const step = index === null ? null : steps[Math.min(index, steps.length - 1)];
  return (
    <section className="reveal-bar" aria-label="Step by step">
      <CommandButton id="view.revealPrevious" icon={ChevronLeft} label="Previous" />
      <p className="reveal-bar__text" aria-live="polite">
        {step ? (
          <>
            <span className="reveal-bar__count">
              {Math.min(index ?? 0, steps.length - 1) + 1} of {steps.length}
            </span>{' '}
            <strong>{step.title}</strong> {step.sentence}
          </>
        ) : (
          <>Walk through this design part by part: Next (or Page Down) starts with the {steps[0]!.title}.</>
        )}
      </p>
      <CommandButton id="view.revealNext" icon={ChevronRight} label="Next" className="is-primary" />
    </section>
  );
}
