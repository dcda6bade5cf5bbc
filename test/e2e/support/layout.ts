// What runs off the screen: elements outside the window or outside the box that clips them (unless
// that box scrolls, so they can be reached), and boxes that cut their own content without an ellipsis.
import type { Page } from 'playwright-core';

export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const reported = new Set<Element>();
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls} “${text}”`;
    };
    const clipOf = (el: Element): Element | null => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return p;
      }
      return null;
    };
    const insideReported = (el: Element) => {
      for (let p: Element | null = el; p; p = p.parentElement) if (reported.has(p)) return true;
      return false;
    };
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('svg, .cm-editor, [aria-hidden="true"], .recharts-wrapper')) continue;
      const box = el.getBoundingClientRect();
      // Nothing to see, or a label kept for screen readers only (1 px, clipped).
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      const clip = clipOf(el);
      const clipStyle = clip ? getComputedStyle(clip) : null;
      const scrolls = clipStyle !== null && (clipStyle.overflowX === 'auto' || clipStyle.overflowX === 'scroll');
      const bound = clip ? clip.getBoundingClientRect() : { left: 0, right: width };
      const outside = box.right > Math.min(bound.right, width) + 1 || box.left < Math.max(bound.left, 0) - 1;
      const cuts = (style.overflowX === 'hidden' || style.overflowX === 'clip') && style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
      // A box that scrolls sideways is fine only where that is its job (code, wide tables).
      const sideways = (style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1 && !el.matches('pre, code, .cm-scroller, [data-scrolls-sideways]');
      if ((outside && !scrolls) || cuts || sideways) {
        if (insideReported(el)) continue;
        reported.add(el);
        const what = cuts ? `cuts its content (${el.scrollWidth} > ${el.clientWidth})` : sideways ? `scrolls sideways (${el.scrollWidth} > ${el.clientWidth})` : `runs to ${Math.round(box.right)} of ${Math.round(Math.min(bound.right, width))}`;
        out.push(`${name(el)}: ${what}`);
      }
    }
    return out;
  });
}

/** True when the first word of the element's text sits on one line (a word broken mid-word spans two). */
export async function firstWordOnOneLine(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text | null;
    if (!node) return true;
    const match = /\S+/.exec(node.data);
    if (!match) return true;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
    return lines.size === 1;
  });
}
