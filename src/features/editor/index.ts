// What other features may use from the editor.
export { rememberedCursor } from './cursor-memory';
