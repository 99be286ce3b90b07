import { ConversationState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';
import { stateJson, type StoredState } from './turn-store.js';
import { AppError } from '../errors.js';

interface Held {
  state: StoreItem;
  /** The text as stored (without its eTag); undefined for a conversation with no state yet. */
  json?: string;
}

const HELD = Symbol('turnConversationState');

/**
 * botbuilder's ConversationState as the bot's turn uses it, keeping the Storage port, the key and
 * the property accessors. What it changes: the state comes from the turn store's opening (the same
 * round trip as the lease) and goes back with its closing, and "did the turn change it?" is one
 * JSON.stringify compared with the stored text. botbuilder's BotState hashes the whole state three
 * times a turn (on load, before save, after save: lib/botState.js) and serialises it a fourth time
 * to write it; this serialises it once, and that text is what gets written.
 */
export class TurnConversationState extends ConversationState {
  constructor(storage: Storage) {
    super(storage);
  }

  /** The key the turn store reads and writes (botbuilder's own, from the activity). */
  keyOf(turn: TurnContext): string {
    const key = this.getStorageKey(turn);
    if (!key) throw new AppError('INTERNAL', 'A turn without channel or conversation id has no conversation state.');
    return key;
  }

  /** Takes what the turn store read at the start of the turn. */
  adopt(turn: TurnContext, stored: StoredState | undefined): void {
    turn.turnState.set(HELD, { state: stored?.item ?? {}, json: stored?.json } satisfies Held);
  }

  /** Outside a turn the bot opened (a test driving dialogs alone), reads through the Storage port as botbuilder does. */
  override async load(turn: TurnContext, force = false): Promise<StoreItem> {
    const held = turn.turnState.get(HELD) as Held | undefined;
    if (held && !force) return held.state;
    const key = this.keyOf(turn);
    const item = (await this.storage.read([key]))[key];
    this.adopt(turn, item && { item, json: stateJson(item) });
    return (turn.turnState.get(HELD) as Held).state;
  }

  override get(turn: TurnContext): StoreItem | undefined {
    return (turn.turnState.get(HELD) as Held | undefined)?.state;
  }

  override async clear(turn: TurnContext): Promise<void> {
    turn.turnState.set(HELD, { state: {} } satisfies Held);
  }

  /** The state to write at the turn's end, or undefined when the turn left it as it was. */
  changes(turn: TurnContext): string | undefined {
    const held = turn.turnState.get(HELD) as Held | undefined;
    if (!held) return undefined;
    const json = stateJson(held.state);
    return json === held.json ? undefined : json;
  }

  /** For a turn run without the turn store: writes like botbuilder's saveChanges (eTag '*'). */
  override async saveChanges(turn: TurnContext, force = false): Promise<void> {
    const held = turn.turnState.get(HELD) as Held | undefined;
    const json = force ? stateJson(held?.state ?? {}) : this.changes(turn);
    if (!held || json === undefined) return;
    await this.storage.write({ [this.keyOf(turn)]: { ...held.state, eTag: '*' } });
    held.json = json;
  }
}
