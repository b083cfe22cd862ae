import type { JsonObject } from '../../model/jsonValue';
import { listContainerSlots } from '../../model/containers';
import type { ContainerSegment, PodTimeline } from '../../simulate/lifecycleTypes';
import { segmentAt } from '../../simulate/segmentsAt';
import { FaultSelect } from './FaultSelect';
import { formatSeconds } from './PlaybackControls';

const ROLE_LABELS = { app: 'app', init: 'init', sidecar: 'sidecar' } as const;

/** The visible stretch of time: it widens as the cursor moves on, so the first seconds stay readable. */
export function visibleSpan(time: number, end: number): number {
  return Math.min(end, Math.max(30, time * 1.25));
}

function ticks(span: number): number[] {
  const step = [5, 10, 30, 60, 120, 300].find((candidate) => span / candidate <= 8) ?? 600;
  const marks: number[] = [];
  for (let mark = 0; mark <= span; mark += step) marks.push(mark);
  return marks;
}

function currentText(segment: ContainerSegment | undefined): string {
  if (!segment) return 'Waiting';
  const restarts =
    segment.restartCount > 0 ? ` · ${segment.restartCount} restart${segment.restartCount === 1 ? '' : 's'}` : '';
  const backOff = segment.backOffSeconds !== undefined ? ` (back-off ${segment.backOffSeconds} s)` : '';
  return `${segment.label}${backOff}${restarts}`;
}

/** One row per container: its what-if, its state now, and coloured, labelled segments over time with a cursor. */
export function TimelineChart({
  timeline,
  podSpec,
  time,
}: {
  timeline: PodTimeline;
  podSpec: JsonObject;
  time: number;
}) {
  const span = visibleSpan(time, timeline.end);
  const percent = (seconds: number) => `${(Math.min(seconds, span) / span) * 100}%`;
  const slots = listContainerSlots(podSpec);
  return (
    <div className="timeline" role="table" aria-label="Container timeline">
      <div className="timeline__row timeline__row--ruler" role="row">
        <span role="columnheader" className="timeline__name">
          Container
        </span>
        <span role="columnheader" className="timeline__fault">
          What if
        </span>
        <span role="columnheader" className="timeline__state">
          Now
        </span>
        <span role="columnheader" className="timeline__track" aria-label={`Time, 0 to ${Math.round(span)} s`}>
          {ticks(span).map((mark) => (
            <span key={mark} className="timeline__tick" style={{ left: percent(mark) }}>
              {mark} s
            </span>
          ))}
        </span>
      </div>
      {timeline.containers.map((container, index) => {
        const slot = slots.find((candidate) => candidate.name === container.name) ?? slots[index];
        const now = segmentAt(container.segments, time);
        return (
          <div
            key={`${container.role}:${container.name}`}
            className={`timeline__row timeline__row--${container.role}`}
            role="row"
            aria-label={container.name}
          >
            <span role="rowheader" className="timeline__name">
              <span className={`timeline__role timeline__role--${container.role}`}>{ROLE_LABELS[container.role]}</span>{' '}
              {container.name || '(unnamed)'}
            </span>
            <span role="cell" className="timeline__fault">
              {slot && <FaultSelect name={container.name} role={container.role} container={slot.container} />}
            </span>
            <span
              role="cell"
              className={`timeline__state lifecycle-phase--${now?.phase ?? 'waiting'}`}
              data-testid="container-state"
            >
              {currentText(now)}
            </span>
            <span role="cell" className="timeline__track">
              {container.segments
                .filter((segment) => segment.from < span)
                .map((segment, segmentIndex) => (
                  <span
                    key={segmentIndex}
                    className={`timeline__segment lifecycle-phase--${segment.phase}`}
                    style={{
                      left: percent(segment.from),
                      width: `calc(${percent(segment.to)} - ${percent(segment.from)})`,
                    }}
                    title={`${segment.label}${segment.backOffSeconds !== undefined ? ` (back-off ${segment.backOffSeconds} s)` : ''}, ${formatSeconds(segment.from)} – ${formatSeconds(segment.to)}: ${segment.detail}`}
                  >
                    {segment.label}
                    {segment.backOffSeconds !== undefined ? ` ${segment.backOffSeconds} s` : ''}
                  </span>
                ))}
              <span className="timeline__cursor" style={{ left: percent(time) }} aria-hidden="true" />
            </span>
          </div>
        );
      })}
    </div>
  );
}
