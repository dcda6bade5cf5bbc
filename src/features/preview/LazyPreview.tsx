// Renders markdown only when it comes near the screen: the Sections view of a 1,000-episode
// journal parses only what is read.
import { useEffect, useRef, useState } from 'react';
import { MarkdownPreview } from './Preview';

export function LazyPreview({ markdown, episodeId }: { markdown: string; episodeId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || shown) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown(true), { rootMargin: '800px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);
  if (shown) return <MarkdownPreview markdown={markdown} episodeId={episodeId} />;
  const lines = Math.min(12, markdown.split('\n').length);
  return <div ref={ref} className="lazy-preview" style={{ minHeight: `${lines * 1.6}em` }} aria-busy="true" />;
}
