/**
 * What a customer's reply means after the engineer's visit: "don't contact me again", and whether
 * the repair fixed it. Kept apart from recognize.ts so the understanding layer (src/understand/)
 * can take these lists over in one move.
 */
const OPT_OUT = /不用再联系我|别再联系我|不要再联系我|不要再发|别再发|不用再发|不再联系|勿扰|退订|\b(stop (messaging|contacting|texting|writing to) me|don'?t (contact|message) me( again)?|unsubscribe|do not contact me)\b/i;

export function wantsNoContact(text: string): boolean {
  return OPT_OUT.test(text);
}

// Not-fixed first: "还没修好" contains "修好".
const NOT_FIXED = /没修好|没好|还是坏|还坏|又坏|还是不行|不行|没解决|还有问题|问题还在|\b(not fixed|still (broken|not working|the same)|didn'?t (fix|work)|no\b)/i;
const FIXED = /修好了|已修好|好了|解决了|正常了|没问题了|能用了|可以用了|\b(fixed|works( now)?|working( now)?|all good|solved)\b/i;

/** fixed / not-fixed / undefined: "yes"/"no" words are read by detectYesNo beside this. */
export function readRepairOutcome(text: string): 'fixed' | 'not-fixed' | undefined {
  if (NOT_FIXED.test(text)) return 'not-fixed';
  if (FIXED.test(text)) return 'fixed';
  return undefined;
}
