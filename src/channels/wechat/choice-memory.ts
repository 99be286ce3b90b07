import type { Storage, TurnContext } from 'botbuilder';
import type { WechatChoice } from './from-activity.js';
import { choicesKey } from './choices-key.js';

const CHOICES_SHOWN = Symbol('wechatChoicesShown');

/**
 * The numbered choices last shown in a conversation, kept in the bot's Storage so "1" still means
 * the first choice after a restart or on another process. Shared by every text-only WeChat channel
 * (Wechaty, Official Account, WeCom customer service).
 */
export class ChoiceMemory {
  constructor(private readonly storage: Storage, private readonly channelId: string) {}

  async read(conversationId: string): Promise<WechatChoice[]> {
    const key = this.#key(conversationId);
    const stored = (await this.storage.read([key]))[key] as { choices?: WechatChoice[] } | undefined;
    return stored?.choices ?? [];
  }

  /** Marks what the turn started with, so remember() writes only when the choices change. */
  markShown(turn: TurnContext, shown: WechatChoice[]): void {
    turn.turnState.set(CHOICES_SHOWN, shown);
  }

  async remember(turn: TurnContext, choices: WechatChoice[]): Promise<void> {
    const conversationId = turn.activity.conversation.id;
    const shown = (turn.turnState.get(CHOICES_SHOWN) as WechatChoice[] | undefined) ?? await this.read(conversationId);
    if (JSON.stringify(shown) === JSON.stringify(choices)) return;
    await this.storage.write({ [this.#key(conversationId)]: { choices, eTag: '*' } });
    turn.turnState.set(CHOICES_SHOWN, choices);
  }

  #key(conversationId: string): string {
    return choicesKey(this.channelId, conversationId);
  }
}
