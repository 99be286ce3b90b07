import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Stores } from '../store/stores.js';
import type { Article } from '../kb/article-schema.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { createTokenizer } from '../kb/tokenizer.js';
import { ArticleEditor } from '../kb/editor/article-editor.js';
import { askKnowledgeBase, type AskAnswer } from '../kb/editor/ask-knowledge-base.js';
import { KbPublisher } from '../kb/editor/kb-publisher.js';
import type { KbReloadBus } from '../kb/editor/kb-reload-bus.js';
import { groupUnanswered, type UnansweredGroup } from '../kb/editor/unanswered-report.js';
import { dashboardSummary, type DashboardSummary } from '../reports/dashboard-summary.js';
import { parseBound, reportRange } from '../reports/report-range.js';

/** Reports read at most this many of the newest tickets: months of a busy desk, bounded memory. */
const MAX_REPORT_TICKETS = 50_000;
/** The newest questions the unanswered report groups; older ones have long been read or answered. */
const UNANSWERED_SCAN_LIMIT = 2000;

export interface BackofficeDeps {
  kbDir: string;
  stores: Stores;
  /** The live knowledge base customers are answered from. */
  kb: KnowledgeBase & { replaceArticles(articles: readonly Article[]): Promise<void> };
  /** Builds an index like the live one, for "ask with the drafts". */
  buildKb: (articles: readonly Article[]) => Promise<KnowledgeBase>;
  bus: KbReloadBus;
  clock: Clock;
  log: Log;
  timeZone: string;
  progressHours: number;
}

export interface Backoffice {
  editor: ArticleEditor;
  publisher: KbPublisher;
  ask(question: string, options: { draft: boolean; language?: 'zh' | 'en'; article?: Article }): Promise<AskAnswer>;
  unanswered(query: { from?: string; to?: string; reason?: string; limit?: number; offset?: number }): Promise<UnansweredGroup[]>;
  summary(query: { from?: string; to?: string }): Promise<DashboardSummary>;
  close(): Promise<void>;
}

/** The trainers' and supervisors' back office over the stores and the live knowledge base. */
export function createBackoffice(deps: BackofficeDeps): Backoffice {
  const { stores, clock } = deps;
  const publisher = new KbPublisher({ kbDir: deps.kbDir, kb: deps.kb, bus: deps.bus, revisions: stores.articleRevisions, log: deps.log });
  publisher.start();
  const editor = new ArticleEditor({ kbDir: deps.kbDir, revisions: stores.articleRevisions, publisher, clock });
  const tokenizer = createTokenizer('jieba');
  return {
    editor,
    publisher,
    async ask(question, options) {
      if (!options.draft) return askKnowledgeBase(deps.kb, question, { mode: 'published', language: options.language });
      const articles = await editor.draftSet(options.article);
      const drafts = new Set((await stores.articleRevisions.latest()).filter((r) => r.state === 'draft').map((r) => r.articleId));
      if (options.article) drafts.add(options.article.id);
      return askKnowledgeBase(await deps.buildKb(articles), question, { mode: 'draft', draftIds: drafts, language: options.language });
    },
    async unanswered(query) {
      const from = query.from ? parseBound(query.from, deps.timeZone, false).getTime() : -Infinity;
      const to = query.to ? parseBound(query.to, deps.timeZone, true).getTime() : Infinity;
      const questions = (await stores.unanswered.list(UNANSWERED_SCAN_LIMIT)).filter((q) => {
        const at = Date.parse(q.at);
        return at >= from && at < to && (!query.reason || q.reason === query.reason);
      });
      const offset = query.offset ?? 0;
      return groupUnanswered(questions, tokenizer).slice(offset, offset + (query.limit ?? Infinity));
    },
    async summary(query) {
      const now = clock.now();
      const range = reportRange(query, now, deps.timeZone);
      const [events, recent] = await Promise.all([stores.conversationEvents.list(range), stores.tickets.list({ limit: MAX_REPORT_TICKETS })]);
      const tickets = recent.filter((t) => Date.parse(t.createdAt) >= range.from.getTime() && Date.parse(t.createdAt) < range.to.getTime());
      return dashboardSummary({ range, timeZone: deps.timeZone, now, progressHours: deps.progressHours, events, tickets });
    },
    async close() {
      publisher.stop();
      await deps.bus.close();
    },
  };
}
