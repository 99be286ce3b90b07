import type { Activity, CardAction } from 'botbuilder';
import { detectLanguage } from '../../bot/detect-language.js';
import { splitText } from '../split-text.js';

/**
 * Characters per WeChat message. WeChat's customer-service API caps a text at 2048 bytes; 600 CJK
 * characters are 1800 bytes in UTF-8, and a screenful on a phone, so longer replies are split.
 */
export const WECHAT_MAX_CHARS = 600;

export interface WechatChoice {
  title: string;
  value: string;
}

export interface WechatOutbound {
  /** The messages to send, in order, each within the limit. */
  texts: string[];
  /** The choices offered, numbered as shown; empty when the message offers none. */
  choices: WechatChoice[];
}

const HERO_CARD = 'application/vnd.microsoft.card.hero';

function choiceOf(action: CardAction): WechatChoice {
  return { title: action.title ?? String(action.value), value: String(action.value ?? action.title) };
}

/** Hero cards become plain lines; their buttons join the choices. */
function cardsOf(activity: Partial<Activity>): { lines: string[]; actions: CardAction[] } {
  const cards = (activity.attachments ?? []).filter((a) => a.contentType === HERO_CARD);
  const lines = cards.flatMap((card) => {
    const content = card.content as { title?: string; subtitle?: string; text?: string };
    return [content.title, content.subtitle, content.text].filter((line): line is string => Boolean(line));
  });
  const actions = cards.flatMap((card) => (card.content as { buttons?: CardAction[] }).buttons ?? []);
  return { lines, actions };
}

/** The numbered list to append, unless the text already shows it (several prompts number their own options). */
function choiceLines(text: string, choices: readonly WechatChoice[]): string {
  if (choices.length === 0) return '';
  const numberedAlready = choices.every((choice, i) => text.includes(`${i + 1}. ${choice.title}`));
  if (numberedAlready) return '';
  // Choices that are numbers themselves (a 1–5 rating) would clash with numbering: list them as they are.
  if (choices.every((choice) => /^\d+$/.test(choice.title))) return `（${choices.map((c) => c.title).join(' / ')}）`;
  const header = detectLanguage(text) === 'en' ? 'Reply with a number:' : '回复数字选择：';
  return [header, ...choices.map((choice, i) => `${i + 1}. ${choice.title}`)].join('\n');
}

/**
 * A bot activity → WeChat text messages. WeChat shows plain text only: suggested actions and card
 * buttons become numbered choices at the end, and long text is split at sentence ends, never
 * inside a link or a phone number.
 */
export function fromActivity(activity: Partial<Activity>, maxChars = WECHAT_MAX_CHARS): WechatOutbound {
  const cards = cardsOf(activity);
  const choices = [...(activity.suggestedActions?.actions ?? []), ...cards.actions].map(choiceOf);
  const body = [activity.text ?? '', ...cards.lines].filter(Boolean).join('\n');
  const list = choiceLines(body, choices);
  const texts = splitText(body, maxChars);
  // The choices stay together with the question they answer when they fit; else they go last, alone.
  if (list) {
    const last = texts.at(-1);
    if (last !== undefined && [...last].length + 1 + [...list].length <= maxChars) texts[texts.length - 1] = `${last}\n${list}`;
    else texts.push(...splitText(list, maxChars));
  }
  return { texts, choices };
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * The customer's reply to numbered choices → the chosen value; undefined when the reply is not a
 * choice (then the words go to the bot as typed). An exact title wins over a position, so "5" in a
 * 1–5 rating means five, not the fifth option.
 */
export function resolveChoice(reply: string, choices: readonly WechatChoice[]): string | undefined {
  const text = reply.replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10)).trim();
  if (!text || choices.length === 0) return undefined;
  const exact = choices.find((c) => c.title.toLowerCase() === text.toLowerCase() || c.value.toLowerCase() === text.toLowerCase());
  if (exact) return exact.value;
  const position = text.match(/^(\d{1,2})\s*[.、)）]?$/)?.[1];
  return position ? choices[Number(position) - 1]?.value : undefined;
}
