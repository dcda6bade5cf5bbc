// The fast tag scanner must give exactly the AST path's tags whenever it answers, and answer
// for most journal-shaped text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findInlineTags, inlineTagsFromAst } from '../../../../src/domain/tags/inline';
import { scanInlineTags } from '../../../../src/domain/tags/tag-scan';

const word = fc.constantFrom('word', 'two words', 'Ünïcödé', 'データ', 'a', 'x1', 'snake_case', 'R&D', '1.5', 'end.', '(aside)', 'wwwx', 'http', 'a\\', 'e\u0301');
const tag = fc.constantFrom('#ml', '#ML/ops', '#AB_testing', '#tag-', '#1', '#2026', '#1st', '#café', '#データ', '#a_b_', '#x/_y', '#t-_u', '#ok/nested-deep', '#é\u0301x', '#_x', '##', '#', 'a#b', 'c/#d', '&#35;n', '&amp;#yes', '\\#no', '\\\\#yes', '\\_#x');
const span = fc.constantFrom('`#code`', '`` a`#b ``', '`', '``', '`x` `#y`', '*#em*', '**#bold**', '_#em_', '__#strong__', '_a #b_', '~~#s~~', '*a*#b', '_a_#b', '$#m$', '$$');
const link = fc.constantFrom('[#t](u)', '[a](https://x.com/#f "t")', "[b](<u> 't')", '![img #x](a.png)', '[a]', '[a][b]', '[^1]', '[^a](b)', ']', '[', '[x [y](z)](w)', '[a](b c)', '[a]( b )', '[![i](s)](h)', '[`#c`](u)', '[a](#frag)', '- [ ] ', '[x]:y');
const url = fc.constantFrom('https://example.com/page#section', 'www.example.com/#anchor', 'http://a.com/?q=#x', '(www.x.com#y)', 'HTTPS://A.CO/?=#up', 'https://a_b.c_d/?=#bad', 'https://a.com/x_#t', 'www.a.com.', 'https://a.com/(b)#c)', 'x1https://a.com/?=#z', 'bob@x.com', '#tag@x.com', 'a@b.co#tag', 'mailto:a@b.co', '<https://x.com/#frag>', '<a@b.co>', 'http://#x', 'https://é.com/?=#ü', 'www.a.com/&amp;#b', 'https://a.com/&x;#y', 'https://a.com/]#z', 'www.');
const html = fc.constantFrom('<b>#x</b>', '<!-- #c -->', '< #lt', 'a<b', '&commat;', '&#64;');
const piece = fc.oneof({ weight: 6, arbitrary: word }, { weight: 5, arbitrary: tag }, { weight: 2, arbitrary: span }, { weight: 2, arbitrary: link }, { weight: 2, arbitrary: url }, { weight: 1, arbitrary: html });
const sep = fc.constantFrom(' ', ' ', ' ', '', ', ', '. ', '  ', '\u00a0', '(', ')', '*', '_', '|');
const inline = fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join('').trimEnd());
const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '      ');
const prefix = fc.constantFrom('', '', '', '# ', '## ', '###### ', '####### ', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '> ', '> > ', '> - ', '- > ', '-     ', '- [ ] ', '- [x] ', '1.  ');
const special = fc.constantFrom('', '', '', '```', '```js', '````', '~~~', '~~~ `x`', '``` a`b', '```#tag', '---', '===', '***', '- - -', '-', '>', '| a | #b |', '|---|---|', 'a | b', '--|--', '[ref]: /url', '[^1]: note #n', '\t#tab', '<div>', '</div>', '<!-- #c -->', '    #code', '  ```', '- ```');
const line = fc.oneof({ weight: 8, arbitrary: fc.tuple(indent, prefix, inline).map(([i, p, t]) => i + p + t) }, { weight: 3, arbitrary: special }, { weight: 1, arbitrary: fc.tuple(indent, special).map(([i, s]) => i + s) });
const body = fc.tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

// Journal-shaped text: prose with tags, inline code, links and URLs; headings, lists, quotes and
// fenced code. No HTML, tables or reference definitions (those take the AST path by design).
const prose = fc.constantFrom('Worked on the feature store today', 'the model drifted after the release', 'see `kubectl get pods` for status', 'read [the paper](https://arxiv.org/abs/1234 "paper")', 'notes at https://example.com/docs#setup', 'and www.example.org/page', 'it was *really* slow', '**important**: retrain weekly', 'cost went from 3 to 5', 'Ünïcödé and データ text', 'a `#not-a-tag` in code', '[#linked](https://x.com/#frag)', 'escaped \\#nope', 'issue #123 fixed', 'with_underscores_here', '<https://example.com/#x>');
const tags = fc.constantFrom('#ml', '#mlops', '#AB_testing', '#ml/feature-stores', '#interview', '#café', '#データ', '#sql', '#til');
const sentence = fc.array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: tags }), { minLength: 1, maxLength: 5 }).map((parts) => `${parts.join(' ')}.`);
const block = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('## ', '### ', '# '), sentence).map(([h, s]) => h + s) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom('- ', '* ', '1. ', '- [ ] '), sentence), { minLength: 1, maxLength: 4 }).map((items) => items.map(([m, s]) => m + s).join('\n')) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => `> ${x}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '```python', '~~~', '````sql'), fc.constantFrom('x = 1  # comment', '#include <stdio.h>', 'SELECT 1 -- #no')).map(([f, c]) => `${f}\n${c}\n${f.replace(/[a-z]+$/, '')}`) },
);
const journal = fc.array(block, { minLength: 1, maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

// Journal text with a few characters that matter to markdown inserted or overwritten anywhere.
const edit = fc.constantFrom('#', '#a', '_', '`', '[', ']', '(', ')', '<', '>', '!', '\\', '*', '@', '.', ':', '/', ' ', '\n', '\n\n', '-', '    ', 'w', 'h', '&', ';', '~', '"', 'é', '\u0301', '1', '|', '=', '> ', '- ', '1. ', '```', 'www.', 'http://', '_a', 'a_', '#t_');
const mutated = fc.tuple(journal, fc.array(fc.tuple(fc.nat(), edit, fc.nat(3)), { minLength: 1, maxLength: 6 })).map(([doc, edits]) =>
  edits.reduce((text, [at, insert, remove]) => {
    const index = at % (text.length + 1);
    return text.slice(0, index) + insert + text.slice(index + remove);
  }, doc.slice(0, 400)),
);

function agreesWhenAnswering(arbitrary: fc.Arbitrary<string>, runs: number): number {
  let answered = 0;
  fc.assert(
    fc.property(arbitrary, (b) => {
      const fast = scanInlineTags(b);
      if (fast) {
        answered += 1;
        expect(fast).toEqual(inlineTagsFromAst(b));
      }
    }),
    { numRuns: runs, seed: 20261126 }, // fixed: CI is deterministic; hunting with other seeds found the regression cases above
  );
  return answered / runs;
}

describe('fast inline tag scan', () => {
  test('agrees with the AST whenever it answers (adversarial shapes)', { timeout: 120_000 }, () => {
    expect(agreesWhenAnswering(body, 6000)).toBeGreaterThan(0.1);
  });

  test('agrees with the AST whenever it answers (journal text with random edits)', { timeout: 120_000 }, () => {
    expect(agreesWhenAnswering(mutated, 1500)).toBeGreaterThan(0.3);
  });

  test('answers for most journal-shaped text, and agrees with the AST', { timeout: 120_000 }, () => {
    expect(agreesWhenAnswering(journal, 300)).toBeGreaterThan(0.6);
  });

  test.each([
    ['plain #mlops and #AB_testing.'],
    ['```\n#nope\n```\n#yes'],
    ['````js\n```\n#nope\n````\n#yes'],
    ['~~~\n#nope'],
    ['see https://example.com/page#section and #real'],
    ['[#linktext](https://x.com/#frag) #after'],
    ['- item #one\n- item #two\n  more #three'],
    ['> quoted #insight\n> > deeper #two'],
    ['## Heading with #tag ##'],
    ['**#bold** *#em* `#code` \\#esc'],
  ])('the fast path answers %j', (b) => {
    expect(scanInlineTags(b)).toEqual(inlineTagsFromAst(b));
    expect(findInlineTags(b)).toEqual(inlineTagsFromAst(b));
  });

  test('agrees with the AST on a URL after an email literal (found by the property test)', () => {
    const b = 'mailto:a@b.co_https://a.com/]#z https://example.com/page#section';
    const fast = scanInlineTags(b);
    if (fast) expect(fast).toEqual(inlineTagsFromAst(b));
    expect(findInlineTags(b)).toEqual(inlineTagsFromAst(b));
  });

  test('agrees with the AST on an item numbered 10 after an item paragraph, holding indented code (found by the property test)', () => {
    const b = '1.  word\n10. https://example.com/page#section\n      -     #ml word';
    expect(inlineTagsFromAst(b)).toEqual([]); // the nested item's 5 spaces make '#ml word' code
    const fast = scanInlineTags(b);
    if (fast) expect(fast).toEqual(inlineTagsFromAst(b));
    expect(findInlineTags(b)).toEqual([]);
  });

  test.each([['<b>#x</b>'], ['[a]: /u\n#t'], ['| a | b |\n|---|---|\n| #x | y |'], ['    #code'], ['---\ntitle: x\n---\n#t'], ['_#em_'], ['`open #t'], ['bob@x.com #t']])('%j takes the AST path', (b) => {
    expect(scanInlineTags(b)).toBeUndefined();
    expect(findInlineTags(b)).toEqual(inlineTagsFromAst(b));
  });
});
