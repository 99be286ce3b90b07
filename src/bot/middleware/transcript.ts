import { ActivityTypes } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { Middleware } from '../compose.js';
import type { TranscriptStore } from '../transcript.js';

/** Records every customer message and, through the send hook, every bot message — whoever holds the conversation. */
export function transcript(store: TranscriptStore, clock: Clock): Middleware {
  return async function recordTranscript(turn, next) {
    const conversationId = turn.activity.conversation.id;
    if (turn.activity.type === ActivityTypes.Message) {
      await store.append(conversationId, { at: clock.now().toISOString(), from: 'customer', text: turn.activity.text ?? '', kind: 'message' });
    }
    turn.onSendActivities(async (_ctx, activities, sendNext) => {
      for (const activity of activities) {
        if (activity.type === ActivityTypes.Message && activity.text) {
          await store.append(conversationId, { at: clock.now().toISOString(), from: 'bot', text: activity.text, kind: 'message' });
        }
      }
      return sendNext();
    });
    return next();
  };
}
