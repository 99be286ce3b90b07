import { MessageFactory, type Activity } from 'botbuilder';
import { readChoice } from '../src/understand/choice.js';
import { normalize } from '../src/understand/normalize.js';

export interface ChoiceOption {
  value: string;
  title: string;
}

/**
 * A question with numbered choices: the text lists them (plain-text channels such as WeChat show
 * only the text), and suggested actions make them buttons where the channel can.
 */
export function choiceMessage(text: string, options: readonly ChoiceOption[]): Partial<Activity> {
  return MessageFactory.suggestedActions(options.map((option) => option.title), text);
}

export function numbered(options: readonly ChoiceOption[]): string {
  return options.map((option, i) => `${i + 1}. ${option.title}`).join('\n');
}

/**
 * The option a reply picks: its title or value, a part of its title, or a number, ordinal or
 * worded choice as the understanding layer reads it ("2", "第二个", "the second one"); undefined
 * when nothing matches.
 */
export function matchChoice(reply: string, options: readonly ChoiceOption[]): ChoiceOption | undefined {
  const { lower } = normalize(reply);
  const text = lower.replace(/[。.!！]{1,8}$/, '').trim();
  if (!text) return undefined;
  const exact = options.find((option) => text === option.title.toLowerCase() || text === option.value.toLowerCase())
    ?? options.find((option) => text.length >= 2 && containsWords(option.title.toLowerCase(), text));
  if (exact) return exact;
  const reading = readChoice(text, options.map((option) => option.title));
  return reading?.kind === 'choice' ? options[reading.index] : undefined;
}

/** Chinese has no spaces, so any part of the title counts; Latin text must be whole words ("ok" is not in "book"). */
function containsWords(title: string, text: string): boolean {
  if (/\p{Script=Han}/u.test(text)) return title.includes(text);
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(title);
}

/**
 * "都不是", "都不对", "none of them": a short reply turning every choice down. Longer replies are read
 * as a further description, even when they contain such words ("灯都没有亮").
 */
export function saysNoneOfThese(reply: string, options: readonly ChoiceOption[]): boolean {
  const text = withoutTrailingPunctuation(normalize(reply).lower).trim();
  return isShortReply(text) && readChoice(text, options.map((option) => option.title))?.kind === 'none';
}

const TRAILING_PUNCTUATION = new Set(['。', '.', '!', '！', '~', '，', ',']);

/** Trailing punctuation cut by a scan from the end: a `[…]+$` pattern backtracks quadratically on a long run. */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/** An answer to the question and nothing more: at most 8 characters of Chinese or 4 words. */
export function isShortReply(reply: string): boolean {
  const text = reply.trim();
  return /\p{Script=Han}/u.test(text) ? text.length <= 8 : text.split(/\s+/).length <= 4;
}
