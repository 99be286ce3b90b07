import { watch, type FSWatcher } from 'node:fs';
import { loadArticles, type LoadResult } from './load-articles.js';

export interface WatchOptions {
  /** Editors write a file in several steps (temp file, rename, chmod); wait for the burst to end. */
  debounceMs?: number;
  /** A reload that failed as a whole (folder gone, onReload threw). Never thrown out of the watcher. */
  onError?: (err: unknown) => void;
  /** Injected for tests; defaults to loadArticles. */
  load?: (dir: string) => Promise<LoadResult>;
}

/**
 * Reloads the folder after changes settle and hands the result (articles and per-file problems) to
 * onReload. Returns stop(). Node 20's recursive fs.watch works on Linux, macOS and Windows.
 */
export function watchArticles(
  dir: string,
  onReload: (result: LoadResult) => void | Promise<void>,
  options: WatchOptions = {},
): () => void {
  const { debounceMs = 300, onError = () => {}, load = loadArticles } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const reload = async () => {
    try {
      const result = await load(dir);
      if (!stopped) await onReload(result);
    } catch (err) {
      onError(err);
    }
  };

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    // Reloads run one after another, so an old slow load can never replace a newer result.
    timer = setTimeout(() => { running = running.then(reload); }, debounceMs);
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, (_event, filename) => {
      if (!filename || String(filename).endsWith('.md')) schedule();
    });
    watcher.on('error', onError);
  } catch (err) {
    onError(err);
  }

  return () => {
    stopped = true;
    clearTimeout(timer);
    watcher?.close();
  };
}
