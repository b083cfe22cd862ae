import type { ReactNode } from 'react';

/** A titled, collapsible group of fields. */
export function InspectorSection({
  title,
  children,
  closed,
}: {
  title: string;
  children: ReactNode;
  closed?: boolean;
}) {
  return (
    <details className="inspector-section" open={!closed}>
      <summary className="inspector-section__title">{title}</summary>
      <div className="inspector-section__body">{children}</div>
    </details>
  );
}
