import { analyzeQuery, type QueryTerm } from './analyze-query.js';
import { FIELD_NAMES, type FieldName } from './article-fields.js';
import { SYNONYMS, type SynonymEntry } from './synonyms.js';
import type { Tokenizer } from './tokenizer.js';

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

export interface Bm25Settings {
  /** Term-frequency saturation: low, because a symptom said twice is not twice the evidence. */
  k1: number;
  /** Length normalisation: moderate, because step lists are long for reasons unrelated to the match. */
  b: number;
  /** BM25F weight of a field's term frequency. */
  boosts: Record<FieldName, number>;
  /** How much a term counts toward relevance when its best match is in this field (1 = full). */
  fieldRelevance: Record<FieldName, number>;
  synonyms: readonly SynonymEntry[];
  /**
   * A query word no article contains still counts toward the query's weight (so a question about
   * something we have no article for scores low), at this share of the rarest word's IDF: less than
   * 1 because chatty questions carry words ("旗舰店", "上个月") no troubleshooting article needs.
   */
  unknownTermShare: number;
  /**
   * γ in the rank key score × relevance^γ; 0 ranks by BM25F score alone. Measured: 0.5 helped while
   * synonyms were summed, nothing once each concept counts once, so the default is 0.
   */
  coverageRankWeight: number;
}

/** Tuned with `npm run kb:eval` on test/fixtures/kb-eval.jsonl (see the report in the kb:eval output). */
export const DEFAULT_BM25_SETTINGS: Bm25Settings = {
  k1: 1.2,
  b: 0.4,
  // Symptoms are written as customers talk, so they carry most; steps add recall for unlisted phrasings.
  boosts: { title: 3, symptoms: 5, models: 2, summary: 1, steps: 0.2 },
  fieldRelevance: { title: 1, symptoms: 1, models: 1, summary: 0.7, steps: 0.5 },
  synonyms: SYNONYMS,
  unknownTermShare: 0.5,
  coverageRankWeight: 0,
};

/** The eval baseline: textbook BM25 with every field equal and no synonyms. */
export const BASELINE_BM25_SETTINGS: Bm25Settings = {
  k1: 1.2,
  b: 0.75,
  boosts: { title: 1, symptoms: 1, models: 1, summary: 1, steps: 1 },
  fieldRelevance: { title: 1, symptoms: 1, models: 1, summary: 1, steps: 1 },
  synonyms: [],
  unknownTermShare: 0.35,
  coverageRankWeight: 0,
};

interface Posting {
  docs: Int32Array;
  /** Σ over fields of boost × tf / length norm: the BM25F pseudo term frequency. */
  tf: Float32Array;
  /** fieldRelevance of the best field the term occurs in, per document. */
  fieldWeight: Float32Array;
  idf: number;
}

export class Bm25Index {
  readonly size: number;
  private readonly ids: string[];
  private readonly postings = new Map<string, Posting>();
  private readonly maxIdf: number;
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
    this.build(documents);
  }

  private build(documents: readonly IndexedDocument[]): void {
    const { boosts, fieldRelevance, b } = this.settings;
    const tokenized = documents.map((d) => FIELD_NAMES.map((f) => this.tokenizer.tokenize(d.fields[f] ?? '')));
    const avgLength = FIELD_NAMES.map((_, fi) => tokenized.reduce((sum, doc) => sum + doc[fi].length, 0) / Math.max(1, documents.length) || 1);
    const draft = new Map<string, { docs: number[]; tf: number[]; fieldWeight: number[] }>();

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
      for (const [term, { tf, fieldWeight }] of perTerm) {
        if (tf <= 0) continue;
        const d = draft.get(term) ?? { docs: [], tf: [], fieldWeight: [] };
        d.docs.push(docIndex);
        d.tf.push(tf);
        d.fieldWeight.push(fieldWeight);
        draft.set(term, d);
      }
    });
    for (const [term, d] of draft) {
      const df = d.docs.length;
      this.postings.set(term, {
        docs: Int32Array.from(d.docs),
        tf: Float32Array.from(d.tf),
        fieldWeight: Float32Array.from(d.fieldWeight),
        idf: Math.log(1 + (this.size - df + 0.5) / (df + 0.5)),
      });
    }
  }

  analyze(query: string): QueryTerm[] {
    return analyzeQuery(query, this.tokenizer, this.settings.synonyms);
  }

  /**
   * relevance = the share of the query's IDF weight the document matched: Σ over query concepts (a
   * typed word with its synonyms) of the best matched term's weight × IDF × fieldRelevance, divided by
   * Σ of each concept's weight × IDF (a word no article has counts at unknownTermShare of the top IDF).
   * 1 means every concept of the question is in the article's title, symptoms or models. It does not
   * grow with the number of articles or the length of the question, so thresholds can stay fixed.
   * Hits are ranked by BM25F score × relevance^coverageRankWeight; `score` is the plain BM25F score.
   */
  search(query: string, limit = 10): Bm25Hit[] {
    const terms = this.analyze(query);
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
    const hits = this.topHits(touchedCount, limit, queryWeight);
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      scores[doc] = 0;
      coverage[doc] = 0;
    }
    return hits;
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
