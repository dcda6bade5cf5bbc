// The width of an element, measured when it mounts and followed with a ResizeObserver. Charts get
// a number instead of recharts' responsive mode, which mounts every chart at width 0 and then
// renders it a second time once its own measurement comes back.
import { useCallback, useRef, useState, type RefCallback } from "react";

export function useWidth<T extends HTMLElement>(): [
  RefCallback<T>,
  number | null,
] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    const update = (w: number) => setWidth((prev) => (prev === w ? prev : w));
    // Ref callbacks run before paint, so the chart is drawn in the same frame as the page.
    update(Math.floor(node.getBoundingClientRect().width));
    if (typeof ResizeObserver === "undefined") return;
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) update(Math.floor(entry.contentRect.width));
    });
    observer.current.observe(node);
  }, []);
  return [ref, width];
}
