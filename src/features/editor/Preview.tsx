// The rendered markdown: sanitized HTML (rehype-sanitize ran first) plus cards for abtest blocks.
import { memo, useMemo } from 'react';
import { AbtestBlockCard } from './abtest-cards';
import { renderSegments } from './preview-data';

export const MarkdownPreview = memo(function MarkdownPreview({ markdown, className }: { markdown: string; className?: string }) {
  const segments = useMemo(() => renderSegments(markdown), [markdown]);
  return (
    <div className={`md-preview${className ? ` ${className}` : ''}`}>
      {segments.map((segment) =>
        segment.type === 'html' ? (
          // Safe: the HTML comes out of rehype-sanitize (see preview-data.ts).
          <div key={segment.key} dangerouslySetInnerHTML={{ __html: segment.html }} />
        ) : (
          <AbtestBlockCard key={segment.key} parsed={segment.parsed} source={segment.source} />
        ),
      )}
    </div>
  );
});
