// A chart drawn at its box's measured width. Recharts' responsive mode mounts every chart at width 0
// and renders it a second time once its own measurement comes back; this measures the box once
// (before paint, so the chart is in the same frame as the page) and follows it with a ResizeObserver.
import { useCallback, useRef, useState, type ReactNode, type RefCallback } from 'react';

function useWidth<T extends HTMLElement>(): [RefCallback<T>, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    const update = (w: number) => setWidth((prev) => (prev === w ? prev : w));
    update(Math.floor(node.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) update(Math.floor(entry.contentRect.width));
    });
    observer.current.observe(node);
  }, []);
  return [ref, width];
}

/** `children` gets the box's width in pixels; the box has the given height and never takes its width from the chart. */
export function ChartBox({ height, testId, children }: { height: number; testId?: string; children: (width: number) => ReactNode }) {
  const [box, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={box} className="chart-box" style={{ height }} data-testid={testId}>
      {width === null ? null : children(width)}
    </div>
  );
}
