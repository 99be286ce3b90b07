/**
 * Spans a message must never be cut inside, or they stop being tappable on a phone: links,
 * e-mail addresses, phone numbers (mobile, landline with area code, 400/800 hotlines) and ticket numbers.
 */
const UNBREAKABLE = [
  /https?:\/\/[^\s\u3000-\u303f\uff00-\uffef<>"'（）【】]+/g,
  /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g,
  /\+?\d[\d -]{5,}\d/g,
  /RT-\d{8}-\d{4,6}/g,
];

/** Where a sentence ends: after these, optionally followed by closing quotes/brackets and spaces. */
const SENTENCE_END = /[。！？!?；;…]+["'”’）)\]】]*\s*|\.(?=\s)\s*|\n+/g;
/** A weaker place to cut when one sentence is longer than the limit. */
const CLAUSE_END = /[，,、：:]\s*|\s+/g;

type Span = [start: number, end: number];

function spansOf(text: string, patterns: readonly RegExp[]): Span[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m): Span => [m.index, m.index + m[0].length]));
}

function inside(position: number, spans: readonly Span[]): boolean {
  return spans.some(([start, end]) => position > start && position < end);
}

function breaksOf(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index + m[0].length);
}

/** The furthest allowed cut in (from, limit]; a hard cut never lands inside a protected span. */
function cutPoint(from: number, limit: number, sentences: number[], clauses: number[], spans: Span[]): number {
  const best = (breaks: number[]) => breaks.filter((at) => at > from && at <= limit).at(-1);
  const soft = best(sentences) ?? best(clauses);
  if (soft !== undefined) return soft;
  const span = spans.find(([start, end]) => limit > start && limit < end);
  return span && span[0] > from ? span[0] : limit;
}

/**
 * Splits a reply into messages of at most `maxChars` characters, at sentence ends where possible,
 * then at clause ends, and never inside a link, phone number or ticket number (unless one alone is
 * longer than the limit). Shared by every plain-text channel.
 */
export function splitText(text: string, maxChars: number): string[] {
  const chars = [...text];
  if (chars.length <= maxChars) return text.trim() ? [text.trim()] : [];
  // Work in code points so an emoji is never cut in half; map regex offsets (UTF-16) to code points.
  const flat = chars.join('');
  const toPoint = new Map<number, number>();
  let unit = 0;
  chars.forEach((char, i) => { toPoint.set(unit, i); unit += char.length; });
  toPoint.set(unit, chars.length);
  const point = (offset: number) => toPoint.get(offset) ?? chars.length;
  const spans = spansOf(flat, UNBREAKABLE).map(([s, e]): Span => [point(s), point(e)]);
  const sentences = breaksOf(flat, SENTENCE_END).map(point).filter((at) => !inside(at, spans));
  const clauses = breaksOf(flat, CLAUSE_END).map(point).filter((at) => !inside(at, spans));

  const parts: string[] = [];
  let from = 0;
  while (chars.length - from > maxChars) {
    const at = cutPoint(from, from + maxChars, sentences, clauses, spans);
    parts.push(chars.slice(from, at).join(''));
    from = at;
  }
  parts.push(chars.slice(from).join(''));
  return parts.map((part) => part.trim()).filter(Boolean);
}
