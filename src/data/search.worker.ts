// The search worker: builds and queries the full-text index off the page's thread, so a journal
// of years of episodes never makes the timeline or the editor wait. Protocol: search-protocol.ts.
import { EpisodesDatabase } from './db';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { SearchWorkerCore } from './search-worker-core';

const scope = self as unknown as { postMessage(message: FromSearchWorker): void; onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null };
const core = new SearchWorkerCore((message) => scope.postMessage(message), (name) => new EpisodesDatabase(name));

// Handled one at a time, in arrival order, so a change never overtakes the build it follows.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => core.handle(event.data)).catch((error: unknown) => scope.postMessage({ type: 'failed', message: String(error) }));
};
