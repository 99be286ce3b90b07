/**
 * "不想留", "不告诉你", "nope, not giving my number to a bot": the customer will not give what was
 * asked. That is no number that "doesn't look right" and no question: the dialog says why the field
 * is wanted and what it is used for, and the usual repair takes over if they still will not.
 * Read only where no value was found and no question asked ("I'd rather not give it — why is it
 * needed?" asks why).
 */
// Cantonese arrives with 唔 already read as 不 (normalize): 唔想俾 → 不想俾, 唔話你知 → 不话你知.
const REFUSES_ZH = /不想(?:说|留|给|俾|讲|告诉|透露|填|写)|不(?:告诉|给)(?:你|您|你们)|不(?:方便|便)(?:说|讲|留|给|透露|告诉)|(?:这个|这)?(?:要)?保密|凭(?:什么|啥)(?:要)?(?:给|告诉|留)|没必要(?:给|告诉|留|说)|不(?:会|俾)(?:讲|话|俾|留)(?:你|你哋)|不话(?:你|你哋)知/;
const REFUSES_EN = /^(?:no|nope|nah|no way)[.!]*$|\b(?:not (?:giving|telling|sharing)|won'?t (?:give|tell|share)|(?:rather|prefer) not (?:to )?(?:say|give|share|tell)|don'?t want to (?:give|share|say|tell)|none of your business|not comfortable (?:giving|sharing))\b/;

export function refusesField(lower: string): boolean {
  return REFUSES_ZH.test(lower) || REFUSES_EN.test(lower);
}
