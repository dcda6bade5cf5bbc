// The rendered markdown: sanitized HTML (rehype-sanitize ran first) plus cards for abtest blocks.
// The text is rendered piece by piece (cut before each top-level heading, see splitAtHeadings),
// each piece memoized, so typing in one section of a 20,000-word episode re-renders that section
// only, and React can yield between pieces.
import { memo, useMemo } from 'react';
import { splitAtHeadings } from '../../domain/episode';
import { AbtestBlockCard } from './abtest-cards';
import { renderSegments, type PreviewSegment } from './preview-data';

// Recently rendered pieces by their text: a piece that only moved (a section added above it) is not rendered again.
const cache = new Map<string, PreviewSegment[]>();
const CACHE_SIZE = 200;

function renderPiece(markdown: string): PreviewSegment[] {
  const hit = cache.get(markdown);
  if (hit) {
    cache.delete(markdown);
    cache.set(markdown, hit);
    return hit;
  }
  const segments = renderSegments(markdown);
  cache.set(markdown, segments);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return segments;
}

const PreviewPiece = memo(function PreviewPiece({ markdown }: { markdown: string }) {
  const segments = useMemo(() => renderPiece(markdown), [markdown]);
  return segments.map((segment) =>
    segment.type === 'html' ? (
      // Safe: the HTML comes out of rehype-sanitize (see preview-data.ts).
      <div key={segment.key} dangerouslySetInnerHTML={{ __html: segment.html }} />
    ) : (
      <AbtestBlockCard key={segment.key} parsed={segment.parsed} source={segment.source} />
    ),
  );
});

export const MarkdownPreview = memo(function MarkdownPreview({ markdown, className }: { markdown: string; className?: string }) {
  const pieces = useMemo(() => splitAtHeadings(markdown), [markdown]);
  return (
    <div className={`md-preview${className ? ` ${className}` : ''}`}>
      {pieces.map((piece, i) => (
        <PreviewPiece key={i} markdown={piece} />
      ))}
    </div>
  );
});
