import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { Middleware } from '../compose.js';
import type { PerTurn } from '../per-turn.js';
import type { TranscriptEntry, TranscriptStore } from '../transcript.js';
import { turnConversationKey } from '../conversation-key.js';
import type { TurnDelivery } from './dedupe.js';
import { arrivalTaken, repliesAtClose } from '../turn-boundary.js';
import { ARRIVAL_LOOKBACK_ENTRIES, type TurnArrival } from '../turn-store.js';

/**
 * Records every customer message and, through the send hook, every bot message — whoever holds the
 * conversation. The customer's words are written before the dialogs run, so a process that dies
 * mid-turn still keeps them: by the turn's opening itself when `arrivalOf` foresaw them (the common
 * case, no round trip of its own), else here; the bot's entries are handed to the turn's closing
 * (one write, in its step), also when the turn failed; anything sent after that (the error
 * apology) is written as it goes.
 */
export function transcript(store: TranscriptStore, clock: Clock, claimOf: PerTurn<TurnDelivery>): Middleware {
  return async function recordTranscript(turn, next) {
    const key = turnConversationKey(turn.activity);
    if (turn.activity.type === ActivityTypes.Message && !arrivalTaken(turn)) {
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
      // Written by the turn's closing, in its step (src/bot/turn-boundary.ts).
      if (entries.length) repliesAtClose(turn, key, entries);
    }
  };
}

/**
 * A retry of a delivery whose process died mid-turn: that process most likely wrote the customer's
 * entry already (it is written first), so it is not written twice. Only retries pay for the read.
 */
async function alreadyWritten(store: TranscriptStore, key: string, text: string, retried: boolean): Promise<boolean> {
  if (!retried) return false;
  const recent = await store.read(key, ARRIVAL_LOOKBACK_ENTRIES);
  return recent.some((entry) => entry.from === 'customer' && entry.text === text);
}

/**
 * The text the pipeline in front of `transcript` would hand it for this message, or undefined when
 * a guard stops it (privacy, media, input), as far as it can be told before the turn opens.
 */
export type ArrivalText = (activity: Partial<Activity>) => string | undefined;

/**
 * The customer's entry for the turn's opening to write (TurnArrival), for a message the pipeline
 * would record: the same entry this middleware writes, decided before the opening so that it costs
 * no round trip of its own. What only the opening knows (a refused delivery, the rate limit, a
 * retry's entry already written) the store decides. Undefined leaves the message to the middleware.
 */
export function arrivalAtOpening(turn: TurnContext, clock: Clock, textOf: ArrivalText): Pick<TurnArrival, 'transcript' | 'entry'> | undefined {
  const { activity } = turn;
  const text = activity.type === ActivityTypes.Message ? textOf(activity) : undefined;
  if (text === undefined) return undefined;
  return {
    transcript: turnConversationKey(activity),
    entry: { at: clock.now().toISOString(), from: 'customer', text, kind: 'message' },
  };
}
