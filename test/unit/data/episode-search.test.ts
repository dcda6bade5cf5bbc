import { describe, expect, it } from 'vitest';
import type { Episode } from '../../../src/data/episode-record';
import { EpisodeSearchIndex, highlight, makeSnippet } from '../../../src/data/episode-search';

function episode(id: string, title: string, body: string, tags: string[] = []): Episode {
  return {
    id, title, body, tags, listTags: tags, status: 'draft', sectionKinds: [], headings: [], excerpt: '', wordCount: 0,
    createdAt: 0, updatedAt: 0, deletedAt: 0, frontmatter: {}, sections: [], weekOf: '2026-11-23',
  };
}

const journal = [
  episode('1', 'Episode 1: Feature stores', 'Read about feature stores in Vertex AI and built a churn model.', ['mlops']),
  episode('2', 'Episode 2: Mock interview', 'Practised power analysis and sample size questions for product analyst interviews.', ['interview']),
  episode('3', 'Episode 3: Pipelines', 'Kubeflow pipelines on Vertex. The churn model retrains weekly.', ['mlops', 'pipelines']),
];

describe('episode search', () => {
  it('finds words in bodies, titles and tags, titles ranked first', async () => {
    const index = EpisodeSearchIndex.empty();
    await index.addAll(journal);
    expect(index.search('churn').map((h) => h.id).sort()).toEqual(['1', '3']);
    expect(index.search('interview')[0]?.id).toBe('2');
    expect(index.search('pipelines')[0]?.id).toBe('3');
    expect(index.search('mlops').map((h) => h.id).sort()).toEqual(['1', '3']);
  });

  it('matches prefixes as you type, forgives a typo, and needs every word', async () => {
    const index = EpisodeSearchIndex.empty();
    await index.addAll(journal);
    expect(index.search('vert').map((h) => h.id).sort()).toEqual(['1', '3']);
    expect(index.search('pipleines').map((h) => h.id)).toEqual(['3']);
    expect(index.search('churn weekly').map((h) => h.id)).toEqual(['3']);
    expect(index.search('   ')).toEqual([]);
  });

  it('follows saves and removals', async () => {
    const index = EpisodeSearchIndex.empty();
    await index.addAll(journal);
    index.upsert(episode('2', 'Episode 2: Mock interview', 'Now about SQL window functions.'));
    expect(index.search('power')).toEqual([]);
    expect(index.search('window').map((h) => h.id)).toEqual(['2']);
    index.remove('1');
    expect(index.search('feature').map((h) => h.id)).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('completes only the word being typed (the last), and counts every match beyond the limit', async () => {
    const index = EpisodeSearchIndex.empty();
    await index.addAll(journal);
    expect(index.search('churn vert').map((h) => h.id).sort()).toEqual(['1', '3']);
    // "vert" is no longer being typed once another word follows it: it must match a whole word.
    expect(index.search('vert churn')).toEqual([]);
    // A one-letter word is not completed (it would walk the whole vocabulary).
    expect(index.search('k')).toEqual([]);
    expect(index.search('ku').map((h) => h.id)).toEqual(['3']);
    const { hits, total } = index.query('episode', 2);
    expect(hits).toHaveLength(2);
    expect(total).toBe(3);
  });

  it('returns a snippet with the matched words marked', async () => {
    const index = EpisodeSearchIndex.empty();
    await index.addAll(journal);
    const [hit] = index.search('sample');
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['sample']);
    expect(hit?.snippet.map((p) => p.text).join('')).toContain('power analysis and sample size');
  });
});

describe('highlight and makeSnippet', () => {
  it('marks whole words that start with a term, case-insensitively', () => {
    expect(highlight('Churn churned; unchurn', ['churn'])).toEqual([
      { text: 'Churn', match: true },
      { text: ' ', match: false },
      { text: 'churned', match: true },
      { text: '; unchurn', match: false },
    ]);
  });
  it('centres a long text on the first match, with ellipses', () => {
    const text = `${'intro '.repeat(60)}the needle is here ${'outro '.repeat(60)}`;
    const parts = makeSnippet(text, ['needle'], 60);
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(parts.some((p) => p.match && p.text === 'needle')).toBe(true);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(70);
  });
  it('centres on the earliest word starting with any term, whatever its case, not on a match inside a word', () => {
    const text = `${'filler '.repeat(40)}unchurned ${'filler '.repeat(40)}Retention first, ${'filler '.repeat(40)}then CHURN ${'filler '.repeat(40)}`;
    const parts = makeSnippet(text, ['churn', 'retention'], 60);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Retention']);
    // Terms with pattern characters are matched literally.
    expect(makeSnippet('A (p < 0.05) result', ['0.05']).filter((p) => p.match)).toEqual([{ text: '0.05', match: true }]);
  });
  it('does not start or end a cut snippet on a block separator', () => {
    const text = `${'intro '.repeat(8)}half done · Project Log: feature store · Interview Prep: a mock interview · ${'outro '.repeat(20)}`;
    for (const width of [40, 50, 60, 70, 80]) {
      const shown = makeSnippet(text, ['feature'], width).map((p) => p.text).join('');
      expect(shown.startsWith('…')).toBe(true);
      expect(shown, `width ${width}`).not.toMatch(/^…·|^… ·|· …$|·…$/);
    }
  });
});
