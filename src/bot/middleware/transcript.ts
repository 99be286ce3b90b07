import { ActivityTypes } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { Middleware } from '../compose.js';
import type { TranscriptEntry, TranscriptStore } from '../transcript.js';
import { turnConversationKey } from '../conversation-key.js';

/**
 * Records every customer message and, through the send hook, every bot message — whoever holds the
 * conversation. The turn's entries are written together when the rest of the turn is done (one
 * write instead of one per message), and also when it failed, so the customer's words are kept;
 * anything sent after that (the error apology) is written as it goes.
 */
export function transcript(store: TranscriptStore, clock: Clock): Middleware {
  return async function recordTranscript(turn, next) {
    const key = turnConversationKey(turn.activity);
    let pending: TranscriptEntry[] | undefined = [];
    if (turn.activity.type === ActivityTypes.Message) {
      pending.push({ at: clock.now().toISOString(), from: 'customer', text: turn.activity.text ?? '', kind: 'message' });
    }
    turn.onSendActivities(async (_ctx, activities, sendNext) => {
      const entries = activities
        .filter((activity) => activity.type === ActivityTypes.Message && activity.text)
        .map((activity): TranscriptEntry => ({ at: clock.now().toISOString(), from: 'bot', text: activity.text!, kind: 'message' }));
      if (pending) pending.push(...entries);
      else if (entries.length) await store.append(key, ...entries);
      return sendNext();
    });
    try {
      await next();
    } finally {
      const entries = pending;
      pending = undefined;
      await store.append(key, ...entries);
    }
  };
}
