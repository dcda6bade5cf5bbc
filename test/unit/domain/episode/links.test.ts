import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../../../src/domain/episode';

const from = '2026/2026-W47-feature-stores.md';

describe('classifyLink: what a click in the preview does', () => {
  it.each([
    // Links between episodes, as other markdown editors write them in a shared folder.
    ['2026-W48-next.md', { kind: 'episode-file', path: '2026/2026-W48-next.md' }],
    ['./2026-W48-next.md', { kind: 'episode-file', path: '2026/2026-W48-next.md' }],
    ['../2025/2025-W52-review.md', { kind: 'episode-file', path: '2025/2025-W52-review.md' }],
    ['/2025/2025-W52-review.md', { kind: 'episode-file', path: '2025/2025-W52-review.md' }],
    ['2026-W48-next.md#project-log', { kind: 'episode-file', path: '2026/2026-W48-next.md', fragment: 'project-log' }],
    ['2026-W48%20next%20week.md', { kind: 'episode-file', path: '2026/2026-W48 next week.md' }],
    ['NEXT.MD', { kind: 'episode-file', path: '2026/NEXT.MD' }],
    ['#user-content-fn-1', { kind: 'anchor', id: 'user-content-fn-1' }],
    ['#caf%C3%A9', { kind: 'anchor', id: 'café' }],
    ['https://www.coursera.org/learn/mlops', { kind: 'external', url: 'https://www.coursera.org/learn/mlops' }],
    ['HTTP://example.com', { kind: 'external', url: 'http://example.com/' }],
  ])('%s -> %o', (href, expected) => {
    expect(classifyLink(href, from)).toEqual(expected);
  });

  it.each([
    ['mailto:me@example.com', /mailto: links/],
    ['javascript:alert(1)', /javascript: links/],
    ['file:///etc/passwd', /file: links/],
    ['app://episodes/index.html', /app: links/],
    ['//evil.example/x.md', /no scheme/],
    ['../../../etc/passwd.md', /outside the journal folder/],
    ['notes.txt', /\.md files/],
    ['image.png', /\.md files/],
    ['%E0%A4%A.md', /not valid/],
    ['https://', /not valid/],
    ['', /no address/],
    ['#', /no name/],
  ])('%s is refused (%s)', (href, reason) => {
    const target = classifyLink(href, from);
    expect(target.kind).toBe('refused');
    expect(target.kind === 'refused' && target.reason).toMatch(reason);
  });

  it('resolves relative links against the journal root when the episode has no file yet', () => {
    expect(classifyLink('2026/2026-W48-next.md', undefined)).toEqual({ kind: 'episode-file', path: '2026/2026-W48-next.md' });
  });
});
