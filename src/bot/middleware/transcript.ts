import { ActivityTypes } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { Middleware } from '../compose.js';
import type { PerTurn } from '../per-turn.js';
import type { TranscriptEntry, TranscriptStore } from '../transcript.js';
import { turnConversationKey } from '../conversation-key.js';
import type { TurnDelivery } from './dedupe.js';
import { writeAtClose } from '../turn-boundary.js';

/** How far back a retried delivery looks for its own customer entry; only a few turns can lie between. */
const RETRY_LOOKBACK_ENTRIES = 20;

/**
 * Records every customer message and, through the send hook, every bot message — whoever holds the
 * conversation. The customer's words are written before the dialogs run, so a process that dies
 * mid-turn still keeps them; the bot's entries are written together when the rest of the turn is
 * done (one write instead of one per message, sent with the turn's closing), and also when it failed; anything sent after that
 * (the error apology) is written as it goes.
 */
export function transcript(store: TranscriptStore, clock: Clock, claimOf: PerTurn<TurnDelivery>): Middleware {
  return async function recordTranscript(turn, next) {
    const key = turnConversationKey(turn.activity);
    if (turn.activity.type === ActivityTypes.Message) {
      const text = turn.activity.text ?? '';
      if (!(await alreadyWritten(store, key, text, (await claimOf(turn)).claim === 'reclaimed'))) {
        await store.append(key, { at: clock.now().toISOString(), from: 'customer', text, kind: 'message' });
      }
    }
    let pending: TranscriptEntry[] | undefined = [];
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
      // Leaves with the turn's closing, in its round trip (src/bot/turn-boundary.ts).
      if (entries.length) writeAtClose(turn, store.append(key, ...entries));
    }
  };
}

/**
 * A retry of a delivery whose process died mid-turn: that process most likely wrote the customer's
 * entry already (it is written first), so it is not written twice. Only retries pay for the read.
 */
async function alreadyWritten(store: TranscriptStore, key: string, text: string, retried: boolean): Promise<boolean> {
  if (!retried) return false;
  const recent = await store.read(key, RETRY_LOOKBACK_ENTRIES);
  return recent.some((entry) => entry.from === 'customer' && entry.text === text);
}
