import type { Clock } from '../clock.js';
import type { Language } from '../language.js';
import { AppError } from '../errors.js';
import type { CustomerRef } from '../tickets/ticket.js';
import type { TranscriptStore } from './transcript.js';
import { conversationKey } from './conversation-key.js';

/** A message to a customer outside their own turn: a ticket update, a survey, an agent's reply. */
export interface OutboundMessage {
  text: string;
  /** `bot` for the bot's own proactive messages; an agent's id (and display name) otherwise. */
  sender: { kind: 'bot' } | { kind: 'agent'; id: string; name?: string };
  suggestions?: string[];
  /** The customer's language, for any words a channel adds around the text (a byline). */
  language?: Language;
}

/** One channel's way of reaching a customer proactively. Implemented in src/channels/<name>/. */
export interface ChannelMessenger {
  readonly channel: string;
  send(customer: CustomerRef, message: OutboundMessage): Promise<void>;
}

/**
 * Reaches a customer on the channel they came from, and records what was sent in the transcript,
 * so the agent console and the staff API see every message whoever sent it.
 */
export class CustomerMessenger {
  readonly #channels = new Map<string, ChannelMessenger>();

  constructor(private readonly transcripts: TranscriptStore, private readonly clock: Clock) {}

  register(messenger: ChannelMessenger): void {
    this.#channels.set(messenger.channel, messenger);
  }

  async send(customer: CustomerRef, message: OutboundMessage): Promise<void> {
    const messenger = this.#channels.get(customer.channel);
    if (!messenger) {
      throw new AppError('CHANNEL_SEND_FAILED', `No proactive route to channel ${customer.channel}.`, { details: { channel: customer.channel } });
    }
    await messenger.send(customer, message);
    const from = message.sender.kind === 'agent' ? `agent:${message.sender.id}` : 'bot';
    await this.transcripts.append(conversationKey(customer.channel, customer.conversationId), { at: this.clock.now().toISOString(), from, text: message.text, kind: 'message' });
  }
}
