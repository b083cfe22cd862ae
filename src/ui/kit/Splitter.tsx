import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  /** What it resizes: "Resize the palette". */
  readonly label: string;
  /** `vertical` stands between panels side by side (drag it left and right); `horizontal` between stacked ones. */
  readonly orientation: 'vertical' | 'horizontal';
  /** The size of the panel it resizes, in `unit`s. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** 1 when dragging right (or down) makes the panel larger; -1 when it makes it smaller. */
  readonly growsWith: 1 | -1;
  /** Units per pixel of pointer movement (a share of a column: 1 / its height). */
  readonly unitsPerPixel?: number;
  /** One arrow key press, in units (Shift: four times as much). */
  readonly step: number;
  /** The size as words for screen readers: "280 pixels", "40%". */
  readonly valueText: string;
  /** The id of the panel it resizes. */
  readonly controls?: string;
  readonly onChange: (value: number) => void;
}

/**
 * A window splitter (WAI-ARIA): drag it, or focus it and use the arrow keys, Home and End. The
 * panel's size changes as session state; the owner clamps and remembers it.
 */
export function Splitter(props: SplitterProps) {
  const {
    label,
    orientation,
    value,
    min,
    max,
    growsWith,
    unitsPerPixel = 1,
    step,
    valueText,
    controls,
    onChange,
  } = props;
  const start = useRef<{ at: number; value: number } | null>(null);
  const clamp = (next: number) => Math.min(max, Math.max(min, next));
  const pointerAt = (event: PointerEvent) => (orientation === 'vertical' ? event.clientX : event.clientY);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    start.current = { at: pointerAt(event), value };
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onChange(clamp(start.current.value + growsWith * (pointerAt(event) - start.current.at) * unitsPerPixel));
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const amount = event.shiftKey ? step * 4 : step;
    const [less, more] = orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    if (event.key === more) onChange(clamp(value + growsWith * amount));
    else if (event.key === less) onChange(clamp(value - growsWith * amount));
    else if (event.key === 'Home') onChange(min);
    else if (event.key === 'End') onChange(max);
    else return;
    event.preventDefault();
  };
  return (
    <div
      className={`splitter splitter--${orientation}`}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={Math.round(value * 1000) / 1000}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={valueText}
      aria-controls={controls}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
