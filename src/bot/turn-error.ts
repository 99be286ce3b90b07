import type { TurnContext } from 'botbuilder';
import { asAppError } from '../errors.js';
import type { Log } from '../log.js';
import { languageOf } from './turn-language.js';

const APOLOGY = {
  zh: '抱歉，我这边刚刚出了点问题，您刚才说的我没能处理好。请稍后再发一次，之前登记的信息都还在。',
  en: 'Sorry — something went wrong on my side and I couldn’t handle that message. Please send it again in a moment; nothing you told me before is lost.',
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
      dialogStack: (err as { dialogContext?: unknown }).dialogContext,
      err: error.cause ?? error,
    }, 'turn.failed');
    try {
      await turn.sendActivity(APOLOGY[languageOf(turn)]);
    } catch (sendError) {
      log.error({ code: 'CHANNEL_SEND_FAILED', conversationId: turn.activity?.conversation?.id, err: sendError }, 'turn.apology.failed');
    }
  };
}
