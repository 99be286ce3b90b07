/**
 * A pure function of a text, with its recent answers kept: one turn reads the same reply (or the same
 * article's warranty text) many times over. All answers are dropped at once when `max` are kept, so
 * memory stays bounded without bookkeeping; `forget()` lets a timing measure a cold reading.
 */
export interface KeptAnswers<T> {
  (text: string): T;
  forget(): void;
}

export function keptAnswers<T>(compute: (text: string) => T, max: number): KeptAnswers<T> {
  const kept = new Map<string, T>();
  const read = ((text: string): T => {
    if (kept.has(text)) return kept.get(text)!;
    if (kept.size >= max) kept.clear();
    const answer = compute(text);
    kept.set(text, answer);
    return answer;
  }) as KeptAnswers<T>;
  read.forget = () => kept.clear();
  return read;
}
