import type { TurnContext } from 'botbuilder';
import { asAppError, type ErrorCode } from '../errors.js';
import type { Log } from '../log.js';
import { chosenLanguage } from './turn-language.js';
import { detectLanguage } from './detect-language.js';
import type { Language } from '../language.js';

const APOLOGY = {
  zh: '抱歉，我这边刚刚出了点问题，您刚才说的我没能处理好。请稍后再发一次，之前登记的信息都还在。',
  en: 'Sorry — something went wrong on my side and I couldn’t handle that message. Please send it again in a moment; nothing you told me before is lost.',
};

/** Faults that pass by themselves get an honest "try again shortly" rather than the generic apology. */
const PASSING: Partial<Record<ErrorCode, typeof APOLOGY>> = {
  STORE_UNAVAILABLE: {
    zh: '抱歉，我们的系统暂时连接不上，刚才这条消息没能保存。请过一两分钟再发一次，之前登记的信息都还在。',
    en: 'Sorry — our system is briefly unavailable, so I couldn’t save that message. Please try again in a minute or two; everything you told me before is kept.',
  },
  TURN_LOCK_TIMEOUT: {
    zh: '我还在处理您上一条消息，请稍等片刻再把这条发一次。',
    en: 'I’m still working on your previous message — please send this one again in a moment.',
  },
};

/**
 * The turn's error boundary: logs the code, conversation and dialog stack for us, and tells the
 * customer — in their language — something true and calm, never developer text.
 */
export function turnErrorHandler(log: Log) {
  return async function onTurnError(turn: TurnContext, err: Error): Promise<void> {
    const error = asAppError(err);
    log.error({
      code: error.code,
      conversationId: turn.activity?.conversation?.id,
      channel: turn.activity?.channelId,
      dialogStack: dialogIds(err),
      err: error.cause ?? error,
    }, 'turn.failed');
    try {
      await turn.sendActivity((PASSING[error.code] ?? APOLOGY)[apologyLanguage(turn)]);
    } catch (sendError) {
      log.error({ code: 'CHANNEL_SEND_FAILED', conversationId: turn.activity?.conversation?.id, err: sendError }, 'turn.apology.failed');
    }
  };
}

/**
 * The ids of the dialogs that were running, innermost last. Only the ids: a dialog's state holds what
 * the customer told it (the intake's name, phone and address), which never belongs in a log.
 */
function dialogIds(err: Error): string[] | undefined {
  const context = (err as { dialogContext?: { stack?: unknown } }).dialogContext;
  if (!context || !Array.isArray(context.stack)) return undefined;
  return context.stack.map((instance) => (typeof instance?.id === 'string' ? instance.id : '?'));
}

/** When the store was down the conversation's language could not be read; the message itself says it best. */
function apologyLanguage(turn: TurnContext): Language {
  const fromLocale = turn.activity?.locale?.toLowerCase().startsWith('en') ? 'en' : undefined;
  return chosenLanguage(turn) ?? detectLanguage(turn.activity?.text ?? '') ?? fromLocale ?? 'zh';
}
