/**
 * Chat English folded to one spelling before the yes/no and step readers look at it: stretched
 * letters ("yesss", "nooo"), phone-keyboard slips ("yse", "shure"), texting short forms ("k", "np",
 * "thx") and apostrophes left out or typed curly ("dont", "I’ll"). Word-bounded and flat.
 */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[’‘`´]/g, "'"],
  [/\b(?:y+e+s+|yse|yas+|yess+|yis)\b/g, 'yes'],
  [/\b(?:yea+h*|yeh|yah+|yaa+|ya)\b/g, 'yeah'],
  [/\bye+p+\b/g, 'yep'], [/\byu+p+\b/g, 'yup'],
  // Indian-English "na" after a clause is a tag ("covered for 2 years na"), not a no: only a reply opening with it.
  [/\bno{2,}\b/g, 'no'], [/\b(?:nope+s?|nop)\b/g, 'nope'], [/\b(?:na+h+|naw)\b/g, 'nah'], [/^na(?= |$)/g, 'nah'],
  [/\b(?:o+k+a+y+|o+k+|k+|kay|okie|oki|okey|oky|oaky|okok)\b/g, 'ok'],
  [/\b(?:shure|shur|suer|sure+)\b/g, 'sure'],
  [/\b(?:definately|definatly|definetly|defintely|defo|deffo)\b/g, 'definitely'],
  [/\b(?:ofc|ofcourse|ofcoz|ofcos)\b/g, 'of course'],
  [/\b(?:aight|aite|alrite|allright|alrighty|alr)\b/g, 'alright'],
  [/\b(?:np|no prob|no probs|no probz)\b/g, 'no problem'],
  [/\b(?:pls|plz|plss|plox|plez)\b/g, 'please'],
  [/\b(?:thx|thnx|thanx|tks|ty|tx|thankyou)\b/g, 'thanks'],
  [/\bim\b/g, "i'm"], [/\bdont\b/g, "don't"], [/\bcant\b/g, "can't"], [/\bwont\b/g, "won't"], [/\bdidnt\b/g, "didn't"],
  [/\bdoesnt\b/g, "doesn't"], [/\bisnt\b/g, "isn't"], [/\bthats\b/g, "that's"], [/\bu\b/g, 'you'],
  // Australian: "nah yeah" agrees, "yeah nah" declines (the last word carries it).
  [/\bnah,? yeah\b/g, 'yeah'], [/\byeah,? nah\b/g, 'nah'],
];

export function foldCasualEnglish(lower: string): string {
  if (!/[a-z’‘`´]/.test(lower)) return lower;
  let out = lower;
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Scots words in English replies ("cannae mind", "the morra disnae work", "wis wrang"), folded to the
 * English every reader knows. Applied to the whole reply before it is read, except at the name
 * prompt, where a word is the customer's own.
 */
const SCOTS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:cannae|canna)\b/gi, "can't"], [/\bdisnae\b/gi, "doesn't"], [/\bdinnae\b/gi, "don't"], [/\bdidnae\b/gi, "didn't"],
  [/\bisnae\b/gi, "isn't"], [/\bwouldnae\b/gi, "wouldn't"], [/\bwis\b/gi, 'was'], [/\bwrang\b/gi, 'wrong'], [/\boot\b/gi, 'out'],
  [/\bmornin\b/gi, 'morning'], [/\befternoon\b/gi, 'afternoon'],
];

export function foldScots(text: string): string {
  if (!/nae\b|canna\b|\bwis\b|wrang|\boot\b|mornin\b|efternoon/i.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of SCOTS) out = out.replace(pattern, replacement);
  return out;
}

