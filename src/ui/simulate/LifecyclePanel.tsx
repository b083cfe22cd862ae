import { memo } from 'react';
import { listContainerSlots, PROBE_KINDS } from '../../model/containers';
import { field, isJsonObject, type JsonObject } from '../../model/jsonValue';
import type { PodTimeline } from '../../simulate/lifecycleTypes';
import { selectDesignedPodSpec, selectDesignFaults } from '../../store/simulationTimeline';
import { useDesigner } from '../app/DesignerStoreContext';
import { EventLog } from './EventLog';
import { PlaybackControls } from './PlaybackControls';
import { PodResourcesSummary } from '../explain/PodResourcesSummary';
import { PodStatusLine } from './PodStatusLine';
import { ProbeTimingSummary } from '../explain/ProbeTimingSummary';
import { TimelineChart } from './TimelineChart';
import { usePlaybackClock } from './usePlaybackClock';
import { useSimulatedTimeline } from './useSimulatedTimeline';
import { useSimulationPlayback } from './useSimulationPlayback';

/** The Lifecycle panel: play the designed pod's start, failures and shutdown, with probe timing and resources beside it. */
export function LifecyclePanel() {
  const podSpec = useDesigner(selectDesignedPodSpec);
  const timeline = useSimulatedTimeline();
  usePlaybackClock(timeline?.end ?? 0);
  if (!podSpec || !timeline) {
    return (
      <section id="lifecycle-panel" className="lifecycle-panel" aria-label="Lifecycle">
        <p className="lifecycle-panel__empty">Open or create a workload to simulate its pod.</p>
      </section>
    );
  }
  const { assumptions } = timeline;
  return (
    <section id="lifecycle-panel" className="lifecycle-panel" aria-label="Lifecycle">
      <div className="lifecycle-panel__main">
        <PlaybackControls end={timeline.end} />
        <TimelineAtCursor timeline={timeline} podSpec={podSpec} />
        <DesignFaults />
        <p className="lifecycle-panel__model">
          Model: restartPolicy {timeline.restartPolicy}; init containers run {assumptions.runSeconds} s; a failing
          container crashes after {assumptions.runSeconds} s; probe n lands at initialDelaySeconds + n × periodSeconds
          after the start (real probes can land up to one period earlier); the kubelet notices an exit after{' '}
          {assumptions.kubeletSyncSeconds} s; back-off 0, 10, 20, 40 … 300 s; image pulls take no time; containers exit{' '}
          {assumptions.sigtermExitSeconds} s after SIGTERM within a grace period of{' '}
          {timeline.terminationGracePeriodSeconds} s.
        </p>
      </div>
      <PodSide podSpec={podSpec} />
    </section>
  );
}

/** What the design itself makes go wrong, which the simulation plays unless a what-if overrides it. */
function DesignFaults() {
  const faults = useDesigner(selectDesignFaults);
  if (faults.size === 0) return null;
  return (
    <ul className="lifecycle-panel__design-faults" aria-label="What the design makes happen">
      {[...faults].map(([name, entry]) => (
        <li key={name}>
          <strong>{name}</strong>: {entry.reason}.
        </li>
      ))}
    </ul>
  );
}

/** Everything that follows the time cursor (re-rendered as the clock moves). */
function TimelineAtCursor({ timeline, podSpec }: { timeline: PodTimeline; podSpec: JsonObject }) {
  const time = Math.min(
    useSimulationPlayback((state) => state.time),
    timeline.end,
  );
  return (
    <>
      <PodStatusLine
        segment={timeline.pod.find((segment) => time >= segment.from && time < segment.to) ?? timeline.pod.at(-1)}
      />
      <TimelineChart timeline={timeline} podSpec={podSpec} time={time} />
      <h3 className="lifecycle-panel__heading">Events</h3>
      <EventLog events={timeline.events} time={time} />
    </>
  );
}

/** Resources, QoS and probe timing: they depend on the design only, not on the clock. */
const PodSide = memo(function PodSide({ podSpec }: { podSpec: JsonObject }) {
  const probes = listContainerSlots(podSpec).flatMap((slot) =>
    PROBE_KINDS.flatMap((kind) => {
      const probe = field(slot.container, kind);
      return slot.role !== 'init' && isJsonObject(probe) ? [{ container: slot.name, kind, probe }] : [];
    }),
  );
  return (
    <aside className="lifecycle-panel__side" aria-label="Probe timing and resources">
      <h3 className="lifecycle-panel__heading">Resources and QoS</h3>
      <PodResourcesSummary podSpec={podSpec} />
      <h3 className="lifecycle-panel__heading">Probe timing</h3>
      {probes.length === 0 && (
        <p className="lifecycle-panel__empty">No probes: every container counts as Ready as soon as it runs.</p>
      )}
      {probes.map(({ container, kind, probe }) => (
        <div key={`${container}:${kind}`} className="lifecycle-panel__probe">
          <div className="lifecycle-panel__probe-container">{container}</div>
          <ProbeTimingSummary kind={kind} probe={probe} />
        </div>
      ))}
    </aside>
  );
});
