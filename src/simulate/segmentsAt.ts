import type { ContainerSegment } from './lifecycleTypes';

/** The segment covering time `t` (segments are sorted and do not overlap), or undefined. */
export function segmentAt(segments: readonly ContainerSegment[], t: number): ContainerSegment | undefined {
  let found: ContainerSegment | undefined;
  for (const segment of segments) {
    if (segment.from > t) break;
    if (t < segment.to) found = segment;
  }
  return (
    found ?? (segments.length > 0 && t >= segments[segments.length - 1]!.to ? segments[segments.length - 1] : undefined)
  );
}

/**
 * The segments cut at `at`: nothing from `at` on, except an exit that happened exactly then
 * (kept as a zero-length segment, so the container's last state is that exit).
 */
export function segmentsBefore(segments: readonly ContainerSegment[], at: number): ContainerSegment[] {
  return segments
    .filter(
      (segment) =>
        segment.from < at || (segment.from === at && (segment.phase === 'error' || segment.phase === 'completed')),
    )
    .map((segment) => (segment.to > at ? { ...segment, to: at } : segment));
}
