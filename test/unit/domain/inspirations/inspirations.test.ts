import { describe, expect, it } from 'vitest';
import { inspirationsInWeek, inspirationsMarkdown, restoreInspiration, validateInspiration, type Inspiration } from '../../../../src/domain/inspirations';

const base = { name: 'Ronny Kohavi', kind: 'person' as const, note: '', tags: [], date: '2026-11-24' };
const item = (over: Partial<Inspiration>): Inspiration => ({ id: 'x', createdAt: 0, ...base, ...over });

describe('inspirations', () => {
  it.each([
    [{ ...base, name: '  ' }, 'name', 'Give a name: who or what inspired you.'],
    [{ ...base, link: 'javascript:alert(1)' }, 'link', 'A link must start with http:// or https://.'],
    [{ ...base, link: 'file:///etc/passwd' }, 'link', 'A link must start with http:// or https://.'],
    [{ ...base, date: '26/11/2026' }, 'date', 'A date like 2026-11-26.'],
  ])('rejects %o with a message on %s', (input, field, message) => {
    const result = validateInspiration(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]).toBe(message);
  });

  it('normalizes tags and drops an empty link', () => {
    const result = validateInspiration({ ...base, link: ' ', tags: ['A/B Testing', 'a/b testing', 'Experimentation'] });
    expect(result).toMatchObject({ ok: true, value: { link: undefined, tags: ['a/b-testing', 'experimentation'] } });
  });

  it('picks the entries of one ISO week (Monday to Sunday), oldest first', () => {
    const list = [
      item({ id: 'sun', date: '2026-11-29' }),
      item({ id: 'mon', date: '2026-11-23' }),
      item({ id: 'prev-sun', date: '2026-11-22' }),
      item({ id: 'next-mon', date: '2026-11-30' }),
    ];
    expect(inspirationsInWeek(list, '2026-11-23').map((i) => i.id)).toEqual(['mon', 'sun']);
  });

  it('writes a bullet list with links, kinds and notes', () => {
    expect(
      inspirationsMarkdown([
        item({ name: 'Ronny Kohavi', link: 'https://example.com/kohavi', note: 'On trustworthy\nexperiments.' }),
        item({ name: 'Designing ML Systems [talk]', kind: 'talk', note: '' }),
      ]),
    ).toBe('- [Ronny Kohavi](https://example.com/kohavi): On trustworthy experiments.\n- Designing ML Systems [talk] (talk)');
  });

  it('restores stored rows and drops garbage', () => {
    expect(restoreInspiration({ id: 'a', createdAt: 5, name: 'X', date: '2026-01-01' })).toMatchObject({ id: 'a', kind: 'person', tags: [], note: '' });
    expect(restoreInspiration({ name: 'no id', date: '2026-01-01' })).toBeNull();
    expect(restoreInspiration('nope')).toBeNull();
  });
});
