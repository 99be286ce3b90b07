import { ActivityTypes, type StatePropertyAccessor } from 'botbuilder';
import type { Clock } from '../../clock.js';
import { recordQuietly, type ConversationEvents } from '../conversation-events.js';
import type { Middleware } from '../compose.js';

/** Kept in conversation state so "started" is written once per conversation, not once per message. */
export interface ReportState {
  started?: boolean;
}

export const REPORT_STATE_PROPERTY = 'reports';

/** Records the conversation's first customer message for the dashboard's conversations-per-channel. */
export function conversationStarted(events: ConversationEvents, state: StatePropertyAccessor<ReportState>, clock: Clock): Middleware {
  return async function recordStart(turn, next) {
    if (turn.activity.type === ActivityTypes.Message) {
      const report = await state.get(turn, {});
      if (!report.started) {
        report.started = true;
        await recordQuietly(events, {
          at: clock.now().toISOString(), kind: 'started', conversationId: turn.activity.conversation.id, channel: turn.activity.channelId,
          userId: turn.activity.from?.id || undefined,
        });
      }
    }
    return next();
  };
}
