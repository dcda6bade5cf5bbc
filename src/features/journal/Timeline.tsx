// The timeline as a virtual list inside the app's scrolling <main>: only the rows on screen exist,
// so a journal of 1,000 episodes scrolls as lightly as one of ten.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EpisodeMeta } from '../../data/episode-record';
import { EpisodeRow } from './EpisodeRow';
import { usePreferences } from '../../data/settings-store';
import { groupByMonth, timelineRows } from './journal-data';

export function Timeline({ episodes }: { episodes: EpisodeMeta[] }) {
  const { weekStartsOn } = usePreferences();
  const rows = useMemo(() => timelineRows(groupByMonth(episodes, weekStartsOn)), [episodes, weekStartsOn]);
  const list = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const scroller = () => list.current?.closest<HTMLElement>('.content') ?? null;

  useLayoutEffect(() => {
    const main = list.current?.closest<HTMLElement>('.content');
    if (!main || !list.current) return;
    const measure = () => setScrollMargin(list.current!.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(main.firstElementChild ?? main);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: scroller,
    estimateSize: (i) => (rows[i]?.type === 'month' ? 52 : 118),
    overscan: 6,
    scrollMargin,
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.type === 'month' ? `m:${row.key}` : row.episode.id;
    },
  });

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={list} className="timeline" style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid="timeline">
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="timeline-item"
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row.type === 'month' ? (
              <h2 className="month-header">
                {row.label}
                <span className="month-count">
                  {row.count} {row.count === 1 ? 'episode' : 'episodes'}
                </span>
              </h2>
            ) : (
              <EpisodeRow episode={row.episode} />
            )}
          </div>
        );
      })}
    </div>
  );
}
