import type { DesignerStore } from '../designerStore';
import { selectRevealSteps } from '../revealSelectors';
import type { Command } from './command';

/** Moves the reveal by `delta` parts and highlights that part on the canvas and in the YAML. */
function revealBy(store: DesignerStore, delta: number): number | null {
  const state = store.getState();
  const steps = selectRevealSteps(state);
  if (steps.length === 0) return null;
  const current = state.revealIndex;
  const index = Math.min(steps.length - 1, Math.max(0, current === null ? 0 : current + delta));
  state.setRevealIndex(index);
  state.select([steps[index]!.entity], 'panel');
  return index;
}

const unavailableReveal = (delta: number) => (state: Parameters<NonNullable<Command['unavailable']>>[0]) => {
  if (!state.presenting) return 'The step-by-step reveal works in presenter mode.';
  const steps = selectRevealSteps(state);
  if (steps.length === 0) return 'There is no workload to walk through.';
  const index = state.revealIndex;
  if (delta < 0 && (index === null || index === 0)) return 'This is the first part.';
  if (delta > 0 && index !== null && index >= steps.length - 1) return 'This is the last part.';
  return null;
};

/** Presenter mode's step-by-step reveal: the design part by part, with Next and Previous. */
export const REVEAL_COMMANDS: readonly Command[] = [
  {
    id: 'view.revealNext',
    label: 'Reveal the next part',
    group: 'view',
    // PageDown is what a presenter's clicker sends.
    shortcuts: ['PageDown', 'Alt+ArrowRight'],
    keywords: ['present', 'step', 'walk through', 'explain', 'next', 'workshop'],
    unavailable: unavailableReveal(1),
    run: ({ store }) => revealBy(store, 1),
  },
  {
    id: 'view.revealPrevious',
    label: 'Reveal the previous part',
    group: 'view',
    shortcuts: ['PageUp', 'Alt+ArrowLeft'],
    keywords: ['present', 'step', 'walk through', 'explain', 'back', 'workshop'],
    unavailable: unavailableReveal(-1),
    run: ({ store }) => revealBy(store, -1),
  },
];
