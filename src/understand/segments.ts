/** Helpers over normalised text shared by the field readers; every pattern is flat and bounded. */

/** Clauses: split at punctuation and spaces, empty ones dropped. */
export function segments(text: string): string[] {
  return text.split(/[\s,，。.!！?？;；、~…]+/).filter(Boolean);
}

const SELF_CORRECTION = /哦不对|不对不对|不对|哦不(?![是行要用会能])|用这个|写错了|说错了|念错了|搞错了|打错了|我记错了|其实是|其实|改成|改到|换一下|新号是|新号|我说的是|[?？]\s*(?:no|non|nope)\b[,.!]?|\b(no wait|wait,? no|actually|i mean|i said|should be|new address is|it'?s actually|make it)\b/gi;

/**
 * The part after the customer's last self-correction ("18653112345 哦不对 是18653112354",
 * "周四 不对周四我开会 周五下午"), when there is one; otherwise the whole text.
 */
export function afterSelfCorrection(text: string): string {
  let last = -1;
  let length = 0;
  for (const hit of text.matchAll(SELF_CORRECTION)) { last = hit.index ?? -1; length = hit[0].length; }
  if (last < 0) return text;
  const rest = text.slice(last + length).replace(/^[\s,，:：。]*(是|为|it'?s|is)?\s*/i, '');
  return rest.trim() ? rest : text;
}

/** "是602 不是502" / "not Bldg 3": the rejected alternatives taken out, so only the new value is read. */
export function withoutRejected(text: string): string {
  return text.replace(/不是[^\s,，。]{1,30}|(别|不要|莫|不用)写[^\s,，。]{1,20}/g, ' ').replace(/\bnot\s+[\w-]+( \w+)?(?=[,.]|$|\s)/gi, ' ').replace(/\s+/g, ' ').trim();
}
