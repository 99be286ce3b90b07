/**
 * The first texts joined into one message while they fit `maxChars` (a blank line between), and
 * how many were used: where a channel may send only one message (a passive reply, a welcome), a
 * greeting and an answer still arrive together.
 */
export function joinWithin(texts: readonly string[], maxChars: number): { text: string | undefined; used: number } {
  if (texts.length === 0) return { text: undefined, used: 0 };
  let text = texts[0];
  let used = 1;
  while (used < texts.length && [...text].length + 2 + [...texts[used]].length <= maxChars) {
    text = `${text}\n\n${texts[used]}`;
    used += 1;
  }
  return { text, used };
}
