const HAN_RUN = /[\u3400-\u9fff]+/g;

/** Overlapping pairs of Chinese characters within each run (洗完桶里 → 洗完, 完桶, 桶里); Latin text is ignored. */
export function characterBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) for (let i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
  return grams;
}
