// A small well-formedness check for the generated SVG (no XML parser is installed): every tag is
// closed in order, attributes are quoted, and text holds no raw `<` or stray `&`.
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textPart = xml.slice(i, lt === -1 ? xml.length : lt);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(textPart)) return `a bare & in ${JSON.stringify(textPart)}`;
    if (textPart.includes('>')) return `a bare > in ${JSON.stringify(textPart)}`;
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) return `a malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes the wrong element`;
    } else if (!selfClosing) stack.push(name!);
    i = tag.lastIndex;
    if (stack.length === 0 && i < xml.length && xml.slice(i).trim() !== '') return 'content after the root element';
  }
  return stack.length ? `unclosed <${stack.at(-1)}>` : null;
}
