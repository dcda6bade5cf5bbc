// The rendered markdown: sanitized HTML (rehype-sanitize ran first) plus cards for abtest and chart blocks.
// The text is rendered piece by piece (cut before each top-level heading, see splitAtHeadings),
// each piece memoized and rendered in the preview worker (preview-client.ts), so typing in one
// section of a 20,000-word episode re-renders that section only, off the page's thread.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { attachmentUrl, onAttachmentsRedraw } from '../../data/attachments-store';
import { classifyFileAddress } from '../../domain/episode';
import { splitAtHeadings } from '../../domain/episode';
import { AbtestBlockCard } from './abtest-cards';
import { ChartBlockCard } from './chart-card';
import { getPreviewRenderer } from './preview-client';
import { usePreviewLinks } from './preview-links';
import './preview.css';
import type { PreviewSegment } from './preview-data';
import { errorMessage } from '../../shared/error-message';
import { Callout } from '../../ui/Callout';

// Episode files sit one folder deep (`2026/…md`, `undated/…md`: see episodeFileName), so a relative
// image address resolves the same from every episode.
const EPISODE_DEPTH_PATH = 'episodes/episode.md';

/** Sanitized HTML whose journal images (`data-attachment`, see preview-data.ts) show the stored file. */
function HtmlSegment({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Bumped when a stored file changes (edited in the journal folder): the pictures are looked up again.
  const [generation, setGeneration] = useState(0);
  useEffect(() => onAttachmentsRedraw(() => setGeneration((n) => n + 1)), []);
  useLayoutEffect(() => {
    let live = true;
    for (const img of ref.current?.querySelectorAll<HTMLImageElement>('img[data-attachment]') ?? []) {
      const address = img.dataset.attachment ?? '';
      const target = classifyFileAddress(address, EPISODE_DEPTH_PATH);
      const missing = (why: string) => {
        img.classList.add('attachment-missing');
        img.title = why;
      };
      // Found after all (taken in from the journal folder since): the picture replaces the box and its note.
      const shown = (url: string) => {
        img.src = url;
        if (!img.classList.contains('attachment-missing')) return;
        img.classList.remove('attachment-missing');
        img.removeAttribute('title');
      };
      if (target.kind !== 'journal-file') {
        missing(`This image cannot be shown: ${target.kind === 'refused' ? target.reason : address}`);
        continue;
      }
      void attachmentUrl(target.path).then(
        (url) => live && (url ? shown(url) : missing(`Not in the journal: ${target.path}`)),
        () => live && missing(`Could not be read: ${target.path}`),
      );
    }
    return () => {
      live = false;
    };
  }, [html, generation]);
  // Safe: the HTML comes out of rehype-sanitize (see preview-data.ts).
  return <div ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * One piece, rendered by the preview worker. While a newer text is on its way the piece keeps
 * showing what it last rendered (no flicker); a piece seen recently comes from the cache at once.
 */
const PreviewPiece = memo(function PreviewPiece({ markdown }: { markdown: string }) {
  const renderer = getPreviewRenderer();
  const [shown, setShown] = useState<{ markdown: string; segments: PreviewSegment[] } | { markdown: string; error: string } | null>(() => {
    const hit = renderer.cached(markdown);
    return hit ? { markdown, segments: hit } : null;
  });
  useEffect(() => {
    if (shown?.markdown === markdown) return;
    let live = true;
    renderer.render(markdown).then(
      (segments) => live && setShown({ markdown, segments }),
      (error: unknown) => live && setShown({ markdown, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [markdown, renderer, shown?.markdown]);
  // A text rendered before (a section that only moved) shows at once, without waiting for the effect.
  const cached = shown?.markdown === markdown ? undefined : renderer.cached(markdown);
  const drawn = cached ? { markdown, segments: cached } : shown;
  if (!drawn) return <div className="preview-pending" style={{ minHeight: `${Math.min(12, markdown.split('\n', 13).length) * 1.6}em` }} aria-busy="true" />;
  if ('error' in drawn) {
    return (
      <Callout as="p" tone="danger" role="alert">
        This part could not be previewed: {drawn.error}
      </Callout>
    );
  }
  return drawn.segments.map((segment) =>
    segment.type === 'html' ? (
      <HtmlSegment key={segment.key} html={segment.html} />
    ) : segment.type === 'chart' ? (
      <ChartBlockCard key={segment.key} parsed={segment.parsed} source={segment.source} />
    ) : (
      <AbtestBlockCard key={segment.key} parsed={segment.parsed} source={segment.source} />
    ),
  );
});

/** `episodeId`: the episode shown, whose file relative links are resolved against (see preview-links.ts). */
export const MarkdownPreview = memo(function MarkdownPreview({ markdown, className, episodeId }: { markdown: string; className?: string; episodeId?: string }) {
  const pieces = useMemo(() => splitAtHeadings(markdown), [markdown]);
  const onClick = usePreviewLinks(episodeId);
  return (
    // Links inside are real <a> elements (keyboard and screen readers reach them); their clicks are handled here.
    <div className={`md-preview${className ? ` ${className}` : ''}`} onClick={onClick}>
      {pieces.map((piece, i) => (
        <PreviewPiece key={i} markdown={piece} />
      ))}
    </div>
  );
});
