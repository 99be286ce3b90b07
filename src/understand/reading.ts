/** What the understanding layer can tell a dialog about one reply. Pure types: no library leaks out. */
export const FIELDS = ['name', 'phone', 'model', 'purchase_date', 'address', 'visit_time'] as const;
export type Field = (typeof FIELDS)[number];

export const PROMPT_TYPES = [
  'quote_accept', 'summary_confirm', 'step_result', 'upsell', 'rating', 'slot_choice', 'article_choice',
  'purchase_date', 'visit_time', 'phone', 'name', 'address', 'model',
] as const;
export type PromptType = (typeof PROMPT_TYPES)[number];

export type QuestionTopic = 'wait_time' | 'warranty' | 'price' | 'why_needed' | 'other';
export type Period = 'morning' | 'afternoon' | 'evening' | 'any';

export interface VisitValue { date: string; period: Period }

/** What is known of a value read only in part, so the follow-up asks just for the rest. */
export interface Known { year?: number; month?: number; date?: string; period?: Period }

export type InvalidReason =
  | 'future' | 'too_old' | 'past' | 'same_day' | 'too_short' | 'not_a_name' | 'no_place' | 'unreadable'
  /** The customer will not give the field ("不想留"): the dialog says why it is wanted. */
  | 'refused';

export type Reading =
  /** `asks`: the yes came with a question ("可以，师傅几点到？"): the dialog answers it and goes on. */
  | { kind: 'yes'; asks?: QuestionTopic } | { kind: 'no' } | { kind: 'dont_know' }
  | { kind: 'fixed' } | { kind: 'not_fixed' } | { kind: 'book_repair' }
  /** `index` counts from 0; `option` is the option's own text. */
  | { kind: 'choice'; index: number }
  | { kind: 'none' }
  | { kind: 'rating'; value: number }
  | { kind: 'skip' }
  /** A definite value in its normal form: E.164 phone, YYYY-MM purchase, "YYYY-MM-DD period" visit. */
  | { kind: 'value'; field: Field; value: string; visit?: VisitValue; /** A purchase date's day, YYYY-MM-DD, when the customer gave it. */ date?: string }
  /** `field` is absent for a partial choice or rating ("下午那个" when two are in the afternoon). */
  | { kind: 'partial'; field?: Field; known: Known }
  | { kind: 'invalid'; field: Field; reason: InvalidReason }
  | { kind: 'agent' } | { kind: 'cancel' } | { kind: 'optout' }
  | { kind: 'question'; topic: QuestionTopic }
  | { kind: 'correction'; field: Field; value?: Reading }
  | { kind: 'unknown' };

export type ReadingKind = Reading['kind'];

export interface UnderstandContext {
  prompt: PromptType;
  /** The customer's local date, YYYY-MM-DD. */
  today: string;
  /** The customer's local hour (0–23), for "今天下午" style same-day answers. */
  hour?: number;
  /** The options the prompt offered (slot and article choices), in order. */
  options?: readonly string[];
  /** Default region for phone numbers written without a country code (ISO 3166 alpha-2). */
  region?: string;
  /**
   * The values given so far (at the summary: the ones shown), in the normal forms of `value` readings,
   * so a reply may name only the part it changes: "不是502 是602", "the flat's 12D, not 12B", "改成下午".
   */
  stored?: Partial<Record<Field, string>>;
}

/** Kinds that commit the bot to something: reading one of these wrongly is a silent misreading. */
export const DEFINITE_KINDS: ReadonlySet<ReadingKind> = new Set([
  'yes', 'no', 'dont_know', 'fixed', 'not_fixed', 'book_repair', 'choice', 'none', 'rating', 'skip', 'value', 'correction',
]);
