import { ArticleRevisionSchema, type ArticleRevision, type ArticleRevisionStore } from '../../kb/editor/article-revision-store.js';
import { checkBeforeWrite, conflict, parseStored } from '../records.js';
import type { RedisClient } from './open-redis.js';
import type { RedisKeys } from './redis-keys.js';
import { defineScript, redisCall, runScript } from './redis-call.js';

/** KEYS[1] revisions hash of the article, KEYS[2] latest-by-article hash; ARGV article id, revision, json. */
const APPEND = defineScript(`
local newest = tonumber(redis.call('HGET', KEYS[1], 'newest') or '0')
if tonumber(ARGV[2]) ~= newest + 1 then return newest end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3], 'newest', ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
return -1
`);

/**
 * One hash per article (revision → JSON, plus `newest`) and one hash of every article's newest
 * revision; all under the hash tag `{kb}` so the append script runs on one Cluster slot.
 */
export class RedisArticleRevisionStore implements ArticleRevisionStore {
  readonly #client: RedisClient;
  readonly #keys: RedisKeys;

  constructor(client: RedisClient, keys: RedisKeys) {
    this.#client = client;
    this.#keys = keys;
  }

  #revisionsKey(articleId: string): string {
    return this.#keys.articleRevisions(articleId);
  }

  async append(revision: ArticleRevision): Promise<ArticleRevision> {
    const checked = checkBeforeWrite(ArticleRevisionSchema, revision, 'article-revision');
    const newest = await redisCall(() => runScript(this.#client, APPEND,
      [this.#revisionsKey(checked.articleId), this.#keys.articleLatest], [checked.articleId, checked.revision, JSON.stringify(checked)]));
    if (Number(newest) !== -1) throw conflict({ articleId: checked.articleId, revision: checked.revision, newest: Number(newest) });
    return checked;
  }

  list(articleId: string): Promise<ArticleRevision[]> {
    return redisCall(async () => {
      const all = await this.#client.hgetall(this.#revisionsKey(articleId));
      return Object.entries(all).filter(([field]) => field !== 'newest')
        .map(([, json]) => parseStored(ArticleRevisionSchema, json, 'article-revision'))
        .sort((a, b) => a.revision - b.revision);
    });
  }

  get(articleId: string, revision: number): Promise<ArticleRevision | undefined> {
    return redisCall(async () => {
      const json = await this.#client.hget(this.#revisionsKey(articleId), String(revision));
      return json ? parseStored(ArticleRevisionSchema, json, 'article-revision') : undefined;
    });
  }

  latest(): Promise<ArticleRevision[]> {
    return redisCall(async () => {
      const values = await this.#client.hvals(this.#keys.articleLatest);
      return values.map((json) => parseStored(ArticleRevisionSchema, json, 'article-revision'))
        .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
    });
  }
}
