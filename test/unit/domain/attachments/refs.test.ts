// Which attachment files a text names: the app's own hash names and the names a person or another
// tool gave files under attachments/, decoded, from any depth of ../, never a web address's path.
import { describe, expect, it } from 'vitest';
import { attachmentMarkdown, attachmentPathProblem, attachmentRefs, isAppAttachmentName } from '../../../../src/domain/attachments';

describe('attachmentRefs', () => {
  it.each([
    ['![chart](../attachments/2026/0123456789abcdef.png)', ['attachments/2026/0123456789abcdef.png']],
    ['![flow](../attachments/diagrams/flow.PNG) and [notes](../attachments/notes.pdf)', ['attachments/diagrams/flow.PNG', 'attachments/notes.pdf']],
    ['![photo](../attachments/my%20photo.jpeg)', ['attachments/my photo.jpeg']],
    ['![twice](../attachments/a.gif) ![again](./attachments/a.gif) attachments/a.gif', ['attachments/a.gif']],
    ['![web](https://example.com/attachments/x.png)', []],
    ['![other](../myattachments/x.png) ![md](../attachments/x.md)', []],
    ['![bad escape](../attachments/100%.png)', ['attachments/100%.png']],
  ])('%s', (text, refs) => {
    expect(attachmentRefs(text)).toEqual(refs);
  });

  it('names what the app itself writes, from an episode one folder deep', () => {
    const markdown = attachmentMarkdown('attachments/2026/0123456789abcdef.png', 'png', 'Burn-up [week 49]', '2026/2026-W49-x.md');
    expect(markdown).toBe('![Burn-up \\[week 49\\]](../attachments/2026/0123456789abcdef.png)');
    expect(attachmentRefs(markdown)).toEqual(['attachments/2026/0123456789abcdef.png']);
  });
});

describe('attachment paths', () => {
  it('tells the app’s own names from names a person chose', () => {
    expect(isAppAttachmentName('attachments/2026/0123456789abcdef.png')).toBe(true);
    expect(isAppAttachmentName('attachments/2026/flow.png')).toBe(false);
    expect(isAppAttachmentName('attachments/2026/0123456789abcdef-2.png')).toBe(false);
  });

  it.each([
    ['attachments/2026/flow.png', 'png', null],
    ['attachments/photo.JPEG', 'jpg', null],
    ['attachments/photo.jpg', 'png', 'the path does not end in .png'],
    ['attachments/../etc/x.png', 'png', 'the path is not under attachments/'],
    ['2026/x.png', 'png', 'the path is not under attachments/'],
  ] as const)('%s holding a %s file: %s', (path, ext, problem) => {
    expect(attachmentPathProblem(path, ext)).toBe(problem);
  });
});
