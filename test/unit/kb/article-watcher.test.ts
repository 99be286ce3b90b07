import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchArticles } from '../../../src/kb/article-watcher.js';
import type { LoadResult } from '../../../src/kb/load-articles.js';

const GOOD = join(import.meta.dirname, '../../fixtures/kb/good');
let temp: string | undefined;
let stop: (() => void) | undefined;

afterEach(async () => {
  stop?.();
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = stop = undefined;
});

describe('watchArticles', () => {
  it('reloads the folder after a file changes, reporting bad files instead of throwing', async () => {
    temp = await mkdtemp(join(tmpdir(), 'kb-watch-'));
    await cp(join(GOOD, 'general'), join(temp, 'general'), { recursive: true });
    const reloads: LoadResult[] = [];
    stop = watchArticles(temp, (r) => { reloads.push(r); }, { debounceMs: 50 });

    // 1. A new valid article appears in a new sub-folder.
    await cp(join(GOOD, 'router'), join(temp, 'router'), { recursive: true });
    await vi.waitFor(() => expect(reloads.at(-1)?.articles.map((a) => a.id)).toContain('router-dropping-connection'), { timeout: 10_000 });

    // 2. A broken file is reported; the good ones still load.
    await writeFile(join(temp, 'general/broken.md'), '---\nid: broken\n');
    await vi.waitFor(() => expect(reloads.at(-1)?.problems.map((p) => p.file)).toContain('general/broken.md'), { timeout: 10_000 });
    expect(reloads.at(-1)?.articles.map((a) => a.id)).toContain('warranty-policy');
  });

  it('hands a failed reload to onError and keeps watching', async () => {
    temp = await mkdtemp(join(tmpdir(), 'kb-watch-'));
    const errors: unknown[] = [];
    let calls = 0;
    const load = async (): Promise<LoadResult> => {
      calls++;
      if (calls === 1) throw new Error('disk went away');
      return { articles: [], problems: [] };
    };
    const onReload = vi.fn();
    stop = watchArticles(temp, onReload, { debounceMs: 20, load, onError: (e) => errors.push(e) });

    await writeFile(join(temp, 'a.md'), 'x');
    await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 10_000 });
    await writeFile(join(temp, 'b.md'), 'y');
    await vi.waitFor(() => expect(onReload).toHaveBeenCalledWith({ articles: [], problems: [] }), { timeout: 10_000 });
  });

  it('does not reload after stop', async () => {
    temp = await mkdtemp(join(tmpdir(), 'kb-watch-'));
    const onReload = vi.fn();
    const load = vi.fn(async (): Promise<LoadResult> => ({ articles: [], problems: [] }));
    watchArticles(temp, onReload, { debounceMs: 10, load })();
    await writeFile(join(temp, 'a.md'), 'x');
    await new Promise((r) => setTimeout(r, 200));
    expect(load).not.toHaveBeenCalled();
  });

  it('reports a missing folder through onError rather than throwing', () => {
    const onError = vi.fn();
    stop = watchArticles('/nonexistent/kb-folder', () => {}, { onError });
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
