import { analyzeQuery, type QueryTerm } from './analyze-query.js';
import { FIELD_NAMES, type FieldName } from './article-fields.js';
import { DEFAULT_BM25_SETTINGS, type Bm25Settings } from './bm25-settings.js';
import { characterBigrams } from './character-bigrams.js';
import { foldChinese } from './fold-chinese.js';
import { policyTerms } from './policy-intents.js';
import { addToVocabulary, emptyVocabulary, QueryPreparer } from './query-preparer.js';
import type { Tokenizer } from './tokenizer.js';

export { BASELINE_BM25_SETTINGS, DEFAULT_BM25_SETTINGS, TECHNIQUES, withoutTechniques, type Bm25Settings, type Technique } from './bm25-settings.js';

export interface IndexedDocument {
  id: string;
  fields: Partial<Record<FieldName, string>>;
}

export interface Bm25Hit {
  id: string;
  /** BM25F score: comparable only within one query. */
  score: number;
  /** 0..1, comparable across queries; see `search`. */
  relevance: number;
}

interface Posting {
  docs: Int32Array;
  /** Σ over fields of boost × tf / length norm: the BM25F pseudo term frequency. */
  tf: Float32Array;
  /** fieldRelevance of the best field the term occurs in, per document. */
  fieldWeight: Float32Array;
  idf: number;
}

type Draft = Map<string, { docs: number[]; tf: number[]; fieldWeight: number[] }>;

/**
 * Fields whose words name products and symptoms: homophone typos are corrected towards these. Titles
 * and models only: symptom lists are written as customers talk, and their chat words (想要, 老是)
 * would turn 像要 into 想要.
 */
const TARGET_FIELDS: ReadonlySet<FieldName> = new Set(['title', 'models']);
/** Fields whose English words misspellings are corrected towards (see query-preparer.ts). */
const SPELLING_FIELDS: ReadonlySet<FieldName> = new Set(['title', 'symptoms', 'models']);
/** The fields cut into character bigrams: the customer-facing wording, not the long step lists. */
const BIGRAM_FIELDS: readonly FieldName[] = ['title', 'symptoms'];

function addDraft(draft: Draft, term: string, docIndex: number, tf: number, fieldWeight: number): void {
  const d = draft.get(term) ?? { docs: [], tf: [], fieldWeight: [] };
  d.docs.push(docIndex);
  d.tf.push(tf);
  d.fieldWeight.push(fieldWeight);
  draft.set(term, d);
}

export class Bm25Index {
  readonly size: number;
  private readonly ids: string[];
  private readonly postings = new Map<string, Posting>();
  private readonly bigrams = new Map<string, Posting>();
  private readonly maxIdf: number;
  private readonly preparer: QueryPreparer;
  /** Per-query accumulators, allocated once: search is synchronous, so one query uses them at a time. */
  private readonly scratch: { scores: Float64Array; coverage: Float64Array; groupBest: Float64Array; groupScore: Float64Array; touched: Int32Array; groupDocs: Int32Array; rankKey: Float64Array };

  constructor(
    documents: readonly IndexedDocument[],
    private readonly tokenizer: Tokenizer,
    private readonly settings: Bm25Settings = DEFAULT_BM25_SETTINGS,
  ) {
    this.size = documents.length;
    this.ids = documents.map((d) => d.id);
    this.maxIdf = Math.log(1 + (this.size + 0.5) / 0.5);
    this.scratch = {
      scores: new Float64Array(this.size),
      coverage: new Float64Array(this.size),
      groupBest: new Float64Array(this.size),
      groupScore: new Float64Array(this.size),
      touched: new Int32Array(this.size),
      groupDocs: new Int32Array(this.size),
      rankKey: new Float64Array(this.size),
    };
    const fold = settings.techniques.fold ? foldChinese : (s: string) => s;
    const texts = documents.map((d) => FIELD_NAMES.map((f) => fold(d.fields[f] ?? '')));
    this.preparer = this.build(texts);
    if (settings.bigramWeight > 0) this.buildBigrams(texts);
  }

  private build(texts: readonly string[][]): QueryPreparer {
    const { boosts, fieldRelevance, b } = this.settings;
    const vocabulary = emptyVocabulary();
    const tokenized = texts.map((fields) => fields.map((text, fi) => {
      const tokens = this.tokenizer.tokenize(text);
      addToVocabulary(vocabulary, tokens, text, TARGET_FIELDS.has(FIELD_NAMES[fi]), SPELLING_FIELDS.has(FIELD_NAMES[fi]));
      return tokens;
    }));
    const avgLength = FIELD_NAMES.map((_, fi) => tokenized.reduce((sum, doc) => sum + doc[fi].length, 0) / Math.max(1, texts.length) || 1);
    const draft: Draft = new Map();

    tokenized.forEach((fields, docIndex) => {
      const perTerm = new Map<string, { tf: number; fieldWeight: number }>();
      fields.forEach((tokens, fi) => {
        const field = FIELD_NAMES[fi];
        const norm = 1 - b + (b * tokens.length) / avgLength[fi];
        const counts = new Map<string, number>();
        for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
        for (const [term, count] of counts) {
          const entry = perTerm.get(term) ?? { tf: 0, fieldWeight: 0 };
          entry.tf += (boosts[field] * count) / norm;
          entry.fieldWeight = Math.max(entry.fieldWeight, fieldRelevance[field]);
          perTerm.set(term, entry);
        }
      });
      for (const [term, { tf, fieldWeight }] of perTerm) if (tf > 0) addDraft(draft, term, docIndex, tf, fieldWeight);
    });
    this.finish(draft, this.postings);
    return new QueryPreparer(vocabulary, this.settings.techniques, this.tokenizer);
  }

  private buildBigrams(texts: readonly string[][]): void {
    const { b } = this.settings;
    const grams = texts.map((fields) => characterBigrams(BIGRAM_FIELDS.map((f) => fields[FIELD_NAMES.indexOf(f)]).join('\n')));
    const avg = grams.reduce((sum, g) => sum + g.length, 0) / Math.max(1, grams.length) || 1;
    const draft: Draft = new Map();
    grams.forEach((list, docIndex) => {
      const norm = 1 - b + (b * list.length) / avg;
      const counts = new Map<string, number>();
      for (const g of list) counts.set(g, (counts.get(g) ?? 0) + 1);
      for (const [gram, count] of counts) addDraft(draft, gram, docIndex, count / norm, 0);
    });
    this.finish(draft, this.bigrams);
  }

  private finish(draft: Draft, into: Map<string, Posting>): void {
    for (const [term, d] of draft) {
      const df = d.docs.length;
      into.set(term, {
        docs: Int32Array.from(d.docs),
        tf: Float32Array.from(d.tf),
        fieldWeight: Float32Array.from(d.fieldWeight),
        idf: Math.log(1 + (this.size - df + 0.5) / (df + 0.5)),
      });
    }
  }

  /** The query as searched: folded to simplified Mandarin, homophones and misspellings corrected. */
  prepare(query: string): string {
    return this.preparer.prepare(query);
  }

  analyze(query: string): QueryTerm[] {
    const terms = analyzeQuery(query, this.tokenizer, this.settings.synonyms);
    return this.settings.techniques.policy ? [...terms, ...policyTerms(query, this.tokenizer, terms)] : terms;
  }

  /**
   * relevance = the share of the query's IDF weight the document matched: Σ over query concepts (a
   * typed word with its synonyms) of the best matched term's weight × IDF × fieldRelevance, divided by
   * Σ of each concept's weight × IDF (a word no article has counts at unknownTermShare of the top IDF).
   * 1 means every concept of the question is in the article's title, symptoms or models. It does not
   * grow with the number of articles or the length of the question, so thresholds can stay fixed.
   * Hits are ranked by BM25F score × relevance^coverageRankWeight; `score` is the plain BM25F score
   * plus the bigram field's share.
   */
  search(query: string, limit = 10): Bm25Hit[] {
    const text = this.prepare(query);
    const terms = this.analyze(text);
    const { scores, coverage } = this.scratch;
    const { touchedCount, queryWeight } = this.scoreWords(terms);
    const touched = this.scoreBigrams(text, touchedCount);
    const hits = this.topHits(touched, limit, Math.max(queryWeight, this.settings.minQueryWeight * this.maxIdf));
    for (let i = 0; i < touched; i++) {
      const doc = this.scratch.touched[i];
      scores[doc] = 0;
      coverage[doc] = 0;
    }
    return hits;
  }

  private scoreWords(terms: readonly QueryTerm[]): { touchedCount: number; queryWeight: number } {
    const { k1 } = this.settings;
    const { scores, coverage, groupBest, groupScore, touched, groupDocs } = this.scratch;
    let touchedCount = 0;
    let queryWeight = 0;
    for (const group of new Set(terms.map((t) => t.group))) {
      let groupWeight = 0;
      let groupCount = 0;
      for (const { term, weight, group: g } of terms) {
        if (g !== group) continue;
        const posting = this.postings.get(term);
        if (!posting) {
          groupWeight = Math.max(groupWeight, weight * this.maxIdf * this.settings.unknownTermShare);
          continue;
        }
        const w = weight * posting.idf;
        groupWeight = Math.max(groupWeight, w);
        const { docs, tf, fieldWeight } = posting;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i];
          if (groupScore[doc] === 0) groupDocs[groupCount++] = doc;
          groupScore[doc] = Math.max(groupScore[doc], (w * tf[i] * (k1 + 1)) / (tf[i] + k1));
          groupBest[doc] = Math.max(groupBest[doc], w * fieldWeight[i]);
        }
      }
      queryWeight += groupWeight;
      // A concept counts once, by its best-matching term: an article that repeats five phrasings of
      // "warranty" must not outscore the one that says "保修多久" exactly.
      for (let i = 0; i < groupCount; i++) {
        const doc = groupDocs[i];
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] += groupScore[doc];
        coverage[doc] += groupBest[doc];
        groupScore[doc] = 0;
        groupBest[doc] = 0;
      }
    }
    return { touchedCount, queryWeight };
  }

  /** Adds the bigram field's BM25 to the word scores; only documents some word matched are ranked. */
  private scoreBigrams(text: string, touchedCount: number): number {
    const weight = this.settings.bigramWeight;
    if (weight <= 0 || this.bigrams.size === 0) return touchedCount;
    const { k1 } = this.settings;
    const { scores } = this.scratch;
    for (const gram of new Set(characterBigrams(text))) {
      const posting = this.bigrams.get(gram);
      if (!posting) continue;
      const w = weight * posting.idf;
      const { docs, tf } = posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        if (scores[doc] !== 0) scores[doc] += (w * tf[i] * (k1 + 1)) / (tf[i] + k1);
      }
    }
    return touchedCount;
  }

  /** Keeps the best `limit` of the touched documents by insertion: limit is small, touched may be all. */
  private topHits(touchedCount: number, limit: number, queryWeight: number): Bm25Hit[] {
    const { scores, coverage, touched, rankKey } = this.scratch;
    const best: number[] = [];
    const gamma = this.settings.coverageRankWeight;
    // Rank key: score × coverage^γ. Coverage rewards matching more of the question's concepts, which
    // raw BM25 undervalues when one frequent word repeats in a long article.
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      rankKey[doc] = gamma === 0 ? scores[doc] : scores[doc] * Math.pow(queryWeight > 0 ? coverage[doc] / queryWeight : 0, gamma);
    }
    const better = (a: number, b: number) => rankKey[a] > rankKey[b] || (rankKey[a] === rankKey[b] && this.ids[a] < this.ids[b]);
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      if (best.length === limit && !better(doc, best[best.length - 1])) continue;
      let at = best.length;
      while (at > 0 && better(doc, best[at - 1])) at--;
      best.splice(at, 0, doc);
      if (best.length > limit) best.pop();
    }
    return best.map((doc) => ({
      id: this.ids[doc],
      score: scores[doc],
      relevance: queryWeight > 0 ? Math.min(1, coverage[doc] / queryWeight) : 0,
    }));
  }
}
