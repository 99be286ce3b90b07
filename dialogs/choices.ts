import { MessageFactory, type Activity } from 'botbuilder';

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

/** Matches "2", "第二个", "2." or the option's own words; undefined when nothing matches. */
export function matchChoice(reply: string, options: readonly ChoiceOption[]): ChoiceOption | undefined {
  const text = reply.trim().toLowerCase();
  const zhDigits = ['一', '二', '三', '四', '五', '六'];
  const number = text.match(/^(\d)[.、)）]?$/)?.[1] ?? text.match(/^第?([一二三四五六])个?$/)?.[1];
  if (number) {
    const index = /\d/.test(number) ? Number(number) - 1 : zhDigits.indexOf(number);
    return options[index];
  }
  return options.find((option) => text === option.title.toLowerCase() || text === option.value.toLowerCase())
    ?? options.find((option) => text.length >= 2 && containsWords(option.title.toLowerCase(), text));
}

/** Chinese has no spaces, so any part of the title counts; Latin text must be whole words ("ok" is not in "book"). */
function containsWords(title: string, text: string): boolean {
  if (/\p{Script=Han}/u.test(text)) return title.includes(text);
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(title);
}
