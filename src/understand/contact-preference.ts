/**
 * "别打电话，发短信就行", "请只发短信，不要打电话", "Text only, don't call": a customer who cannot or
 * would rather not take calls says how to reach them. That is no opt-out and no "no": the refusal of
 * calls is dropped before the reply is read, when the same reply asks for messages instead.
 */
const CALL_REFUSAL = /(?:请勿|不要|别|勿|不能|不方便|不需要?|不用)(?:给我)?(?:打|来)?电话|请勿来电|(?:please )?(?:don'?t|do not|no) (?:call(?:s|ing)?(?: me)?|phone calls?)/gi;
const WANTS_MESSAGES = /(?<![别勿]|不要|不用)(?:给我)?(?:发|用|只|仅|可|请)(?:个|条)?短信|短信(?:联系|通知|确认|就行|就好|最好|就)|文字(?:确认|联系|通知|回复|消息)|\b(?:text (?:me|only|messages?)|by text|sms|whatsapp)\b/i;

export function dropCallRefusal(text: string): string {
  if (!WANTS_MESSAGES.test(text)) return text;
  return text.replace(CALL_REFUSAL, ' ');
}
