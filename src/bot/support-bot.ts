import { ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Stores } from '../store/stores.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { SupportDialog, SUPPORT_DIALOG } from '../../dialogs/support-dialog.js';
import { SUPPORT } from '../../dialogs/support.messages.js';
import { ticketStatusReply } from '../../dialogs/ticket-status.js';
import { customerOf, type ServicePolicy } from '../../dialogs/dialog-deps.js';
import { t } from '../../dialogs/text.js';
import { compose, type Middleware } from './compose.js';
import { DIALOG_STATE_PROPERTY, PROFILE_PROPERTY, type ConversationProfile } from './conversation-profile.js';
import { dedupe } from './middleware/dedupe.js';
import { languageDetection } from './middleware/language.js';
import { inputGuard } from './middleware/input-guard.js';
import { transcript } from './middleware/transcript.js';
import { handoffRouting } from './middleware/handoff-routing.js';
import { detectInterruption, findTicketNumber } from './recognize.js';
import { languageOf } from './turn-language.js';
import { requestHandoff } from '../handoff/request-handoff.js';

export interface SupportBotDeps {
  stores: Stores;
  kb: KnowledgeBase;
  clock: Clock;
  log: Log;
  conversationState: ConversationState;
  policy: ServicePolicy;
  limits: { maxMessageChars: number; dedupeTtlMs: number };
}

/**
 * The one bot every channel hands its activities to: the middleware pipeline, interruptions that
 * work at any point of the script, then the six-step support dialog.
 */
export class SupportBot {
  readonly #deps: SupportBotDeps;
  readonly #dialogs: DialogSet;
  readonly #dialogState: StatePropertyAccessor<DialogState>;
  readonly #profile: StatePropertyAccessor<ConversationProfile>;
  readonly #pipeline: Middleware;

  constructor(deps: SupportBotDeps) {
    this.#deps = deps;
    this.#dialogState = deps.conversationState.createProperty(DIALOG_STATE_PROPERTY);
    this.#profile = deps.conversationState.createProperty(PROFILE_PROPERTY);
    this.#dialogs = new DialogSet(this.#dialogState);
    this.#dialogs.add(new SupportDialog({
      kb: deps.kb,
      tickets: deps.stores.tickets,
      unanswered: deps.stores.unanswered,
      handoffs: deps.stores.handoffs,
      clock: deps.clock,
      policy: deps.policy,
      profile: this.#profile,
    }));
    this.#pipeline = compose([
      dedupe(deps.stores.deliveries, deps.limits.dedupeTtlMs),
      languageDetection(this.#profile),
      inputGuard(deps.limits.maxMessageChars),
      transcript(deps.stores.transcripts, deps.clock),
      handoffRouting(deps.stores.handoffs),
    ]);
  }

  /** The turn handler adapters call: `adapter.process(req, res, (turn) => bot.run(turn))`. */
  readonly run = async (turn: TurnContext): Promise<void> => {
    await this.#pipeline(turn, () => this.#handle(turn));
    await this.#deps.conversationState.saveChanges(turn);
  };

  async #handle(turn: TurnContext): Promise<void> {
    const dc = await this.#dialogs.createContext(turn);
    if (turn.activity.type === ActivityTypes.ConversationUpdate) return this.#onJoin(turn, dc);
    if (turn.activity.type !== ActivityTypes.Message) return;
    await this.#restartIfDialogsChanged(turn, dc);
    if (await this.#interrupt(turn, dc)) return;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(SUPPORT_DIALOG, { problem: turn.activity.text });
  }

  async #onJoin(turn: TurnContext, dc: DialogContext): Promise<void> {
    const customerJoined = turn.activity.membersAdded?.some((member) => member.id !== turn.activity.recipient?.id);
    if (customerJoined && !dc.activeDialog) await dc.beginDialog(SUPPORT_DIALOG, {});
  }

  /** Handles what the customer may say at any point; true when the turn is fully answered. */
  async #interrupt(turn: TurnContext, dc: DialogContext): Promise<boolean> {
    const language = languageOf(turn);
    const text = turn.activity.text ?? '';
    switch (detectInterruption(text)) {
      case 'agent': {
        await requestHandoff(this.#deps.stores.handoffs, {
          conversationId: turn.activity.conversation.id, customer: customerOf(turn), language, reason: 'asked',
        }, this.#deps.clock);
        (await this.#profile.get(turn, {})).handoffRequested = true;
        this.#deps.log.info({ conversationId: turn.activity.conversation.id, channel: turn.activity.channelId }, 'handoff.requested');
        await turn.sendActivity(t(language, SUPPORT.handoffQueued));
        return true;
      }
      case 'cancel':
        await dc.cancelAllDialogs();
        await turn.sendActivity(t(language, SUPPORT.cancelled));
        return true;
      case 'restart':
        await dc.cancelAllDialogs();
        await turn.sendActivity(t(language, SUPPORT.restarted));
        await dc.beginDialog(SUPPORT_DIALOG, {});
        return true;
      case 'ticket-status':
        await turn.sendActivity(await ticketStatusReply(
          this.#deps.stores.tickets, customerOf(turn), findTicketNumber(text), language, this.#deps.policy.timeZone,
        ));
        if (dc.activeDialog) await dc.repromptDialog();
        return true;
      default:
        return false;
    }
  }

  /** A deploy that changed the dialogs' steps must not resume a stored stack at the wrong step. */
  async #restartIfDialogsChanged(turn: TurnContext, dc: DialogContext): Promise<void> {
    const profile = await this.#profile.get(turn, {});
    const version = this.#dialogs.getVersion();
    if (dc.activeDialog && profile.dialogVersion && profile.dialogVersion !== version) {
      await dc.cancelAllDialogs();
      await turn.sendActivity(t(languageOf(turn), SUPPORT.dialogUpdated));
    }
    profile.dialogVersion = version;
  }
}
