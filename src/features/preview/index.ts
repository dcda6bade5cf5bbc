// The markdown preview: sanitized HTML rendered off the page's thread, with live cards for
// ```abtest blocks. Shared by the editor, the Sections view and the HTML export.
export { abtestCardsReady, abtestExportMarkdown, registerAbtestCard, registerAbtestMarkdown, setAbtestCardsLoader, type AbtestCardProps } from './abtest-cards';
export { LazyPreview } from './LazyPreview';
export { MarkdownPreview } from './Preview';
export { renderHtml, type RenderOptions } from './preview-data';
