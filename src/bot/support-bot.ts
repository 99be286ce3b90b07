import { ActivityTypes, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Stores } from '../store/stores.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { LanguageAssist } from '../kb/language-model.js';
import { SupportDialog, SUPPORT_DIALOG } from '../../dialogs/support-dialog.js';
import { SUPPORT } from '../../dialogs/support.messages.js';
import { ticketStatusReply } from '../../dialogs/ticket-status.js';
import { isIntakeActive, ticketChangeReply } from '../../dialogs/ticket-change.js';
import { customerOf, type ServicePolicy } from '../../dialogs/dialog-deps.js';
import { t } from '../../dialogs/text.js';
import { matchChoice, type ChoiceOption } from '../../dialogs/choices.js';
import { compose, type Middleware } from './compose.js';
import { conversationStarted, REPORT_STATE_PROPERTY } from './middleware/conversation-events.js';
import { DIALOG_STATE_PROPERTY, PROFILE_PROPERTY, type ConversationProfile } from './conversation-profile.js';
import { dedupe } from './middleware/dedupe.js';
import { languageDetection } from './middleware/language.js';
import { variantMentions } from './middleware/variant-mentions.js';
import { admittedText, inputGuard } from './middleware/input-guard.js';
import { arrivalAtOpening, transcript, type ArrivalText } from './middleware/transcript.js';
import { handoffAtTurnStart, handoffRouting } from './middleware/handoff-routing.js';
import { groupPrivacy, inGroup } from './middleware/group-privacy.js';
import type { TurnLockOptions } from './middleware/turn-lock.js';
import { customerRateLimit, customerWindow, type CustomerRateOptions } from './middleware/customer-rate-limit.js';
import { deliveryOf, hitsOf, withinTurn, type TurnBoundaryDeps } from './turn-boundary.js';
import { TurnConversationState } from './turn-conversation-state.js';
import { DialogMemoryScopes } from './dialog-memory-scopes.js';
import { reuseChildContexts } from './dialog-child-contexts.js';
import { lendDialogsRegistration } from './dialog-component-registration.js';
import { splitPlainDialogPaths } from './dialog-path-parse.js';
import { mediaIntake, mediaOnly, type MediaIntakeDeps } from './middleware/media-intake.js';
import { detectInterruption, findTicketNumber } from './recognize.js';
import { languageOf } from './turn-language.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import { handOff } from '../../dialogs/hand-off.js';
import { SurveyDialog } from '../../dialogs/survey-dialog.js';
import { TicketIntakeDialog } from '../../dialogs/ticket-intake-dialog.js';
import { openingTime } from '../handoff/working-hours.js';
import { resumeAfterHandoff } from './resume-after-handoff.js';
import { standaloneHandoff } from './standalone-handoff.js';
import { answerAfterVisit, SignOffDialog, type AfterVisitDeps } from '../../dialogs/sign-off-dialog.js';
import type { SignOffDeps } from '../tickets/customer-sign-off.js';

/** A healthy turn takes well under a second; a channel gives up on a reply after about 15 s. */
export const DEFAULT_TURN_LOCK: TurnLockOptions = { ttlMs: 20_000, waitMs: 10_000 };

/** Conversation state: files a customer sent before their ticket opened (src/bot/middleware/media-intake.ts). */
const PENDING_ATTACHMENTS_PROPERTY = 'pendingAttachments';

export interface SupportBotDeps {
  stores: Stores;
  kb: KnowledgeBase;
  clock: Clock;
  log: Log;
  policy: ServicePolicy;
  limits: {
    maxMessageChars: number;
    dedupeTtlMs: number;
    /** Per-conversation turn lease; defaults to DEFAULT_TURN_LOCK. */
    turnLock?: TurnLockOptions;
    /** Per-customer message limit; none when absent. */
    customerRate?: CustomerRateOptions;
  };
  /** Where customers' pictures, voice and files go; without it they get the "text only" reply. */
  media?: Omit<MediaIntakeDeps, 'tickets' | 'clock' | 'log' | 'pending'>;
  /** The agents' desk (src/handoff/); a bot driven alone builds a single-process one. */
  handoff?: HandoffService;
  /** The optional language model (LLM_BASE_URL, LLM_MODEL); absent, the bot runs on rules alone. */
  llm?: LanguageAssist;
  /** The customer's side of the engineer's visit: quote answers, sign-off, survey (issue 16). Off when absent. */
  signOff?: SignOffDeps;
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
  readonly #boundary: TurnBoundaryDeps;
  /** What every turn reads once it holds the lease, in one round trip: see `run`. */
  readonly #memoryScopes = new DialogMemoryScopes();
  readonly #handoff: HandoffService;
  readonly #afterVisit: ((turn: TurnContext, dc: DialogContext) => Promise<boolean>) | undefined;

  constructor(deps: SupportBotDeps) {
    this.#deps = deps;
    this.#handoff = deps.handoff ?? standaloneHandoff(deps.stores, deps.clock, deps.log, deps.policy.timeZone);
    const conversationState = new TurnConversationState(deps.stores.storage);
    this.#dialogState = conversationState.createProperty(DIALOG_STATE_PROPERTY);
    this.#profile = conversationState.createProperty(PROFILE_PROPERTY);
    this.#dialogs = new DialogSet(this.#dialogState);
    const dialogDeps = {
      kb: deps.kb,
      tickets: deps.stores.tickets,
      unanswered: deps.stores.unanswered,
      handoffs: deps.stores.handoffs,
      slaSchedule: deps.stores.slaSchedule,
      clock: deps.clock,
      policy: deps.policy,
      profile: this.#profile,
      desk: this.#handoff,
      llm: deps.llm,
      events: deps.stores.conversationEvents,
    };
    this.#dialogs.add(new SupportDialog(dialogDeps));
    // Begun directly when the bot resumes after an agent (resume-after-handoff.ts).
    this.#dialogs.add(new SurveyDialog(dialogDeps));
    this.#dialogs.add(new TicketIntakeDialog(dialogDeps));
    const visit: AfterVisitDeps | undefined = deps.signOff && { ...deps.signOff, timeZone: deps.policy.timeZone };
    if (visit) this.#dialogs.add(new SignOffDialog(dialogDeps, visit));
    this.#afterVisit = visit && ((turn, dc) => answerAfterVisit(turn, dc, dialogDeps, visit));
    reuseChildContexts(this.#dialogs);
    lendDialogsRegistration();
    splitPlainDialogPaths();
    const turnLock = deps.limits.turnLock ?? DEFAULT_TURN_LOCK;
    const handoffOf = handoffAtTurnStart(deps.stores.handoffs);
    const rate = deps.limits.customerRate;
    const maxChars = deps.limits.maxMessageChars;
    // The guards composed below in front of `transcript`, asked before the turn opens so the opening
    // writes the customer's entry (test/integration/bot/arrival-at-opening.test.ts keeps the two in step).
    const arrivalText: ArrivalText = (activity) => (inGroup(activity) || (deps.media && mediaOnly(activity)) ? undefined : admittedText(activity, maxChars));
    this.#boundary = {
      store: deps.stores.turns, lock: deps.stores.turnLock, state: conversationState, lease: turnLock,
      // A dead holder's claim lapses with its turn lease: the retry could not run any sooner anyway.
      delivery: { leaseMs: turnLock.ttlMs, keepMs: deps.limits.dedupeTtlMs },
      // The queue lookup needs no lease; it rides with the opening (asked again if the lease was busy).
      alongside: [handoffOf],
      // Counted by the first attempt at the opening, in its step, and not again while the message
      // waits for the lease: once per message, as traffic, whether or not it is answered.
      rateOf: rate && customerWindow(rate),
      arrivalOf: (turn) => arrivalAtOpening(turn, deps.clock, arrivalText),
    };
    this.#pipeline = compose([
      dedupe(deliveryOf),
      languageDetection(this.#profile),
      ...(rate ? [customerRateLimit(hitsOf, rate, deps.log)] : []),
      groupPrivacy(),
      ...(deps.media ? [mediaIntake({
        ...deps.media, tickets: deps.stores.tickets, clock: deps.clock, log: deps.log,
        pending: conversationState.createProperty(PENDING_ATTACHMENTS_PROPERTY),
      })] : []),
      inputGuard(maxChars),
      variantMentions(this.#profile),
      transcript(deps.stores.transcripts, deps.clock, deliveryOf),
      conversationStarted(deps.stores.conversationEvents, conversationState.createProperty(REPORT_STATE_PROPERTY), deps.clock),
      handoffRouting(handoffOf, (request, text) => this.#handoff.customerWrote(request, text)),
    ]);
  }

  /** The turn handler adapters call: `adapter.process(req, res, (turn) => bot.run(turn))`. */
  readonly run = async (turn: TurnContext): Promise<void> => {
    // The lease covers load → dialogs → save, so a concurrent turn never reads state this one is
    // changing. Lease, delivery claim and state are taken in one step and given back in one
    // (src/bot/turn-boundary.ts): the delivery is marked done only with the state written, so a
    // process that dies before leaves the claim to lapse, and the retry is answered.
    await withinTurn(this.#boundary, turn, async () => {
      // The middleware below await the answers they need (src/bot/per-turn.ts).
      this.#memoryScopes.lend(turn);
      await this.#pipeline(turn, () => this.#handle(turn));
      this.#memoryScopes.keep(turn);
    });
  };

  async #handle(turn: TurnContext): Promise<void> {
    const dc = await this.#dialogs.createContext(turn);
    if (turn.activity.type === ActivityTypes.ConversationUpdate) return this.#onJoin(turn, dc);
    if (turn.activity.type !== ActivityTypes.Message) return;
    await this.#restartIfDialogsChanged(turn, dc);
    if (await this.#interrupt(turn, dc)) return;
    if (await this.#afterVisit?.(turn, dc)) return;
    const hours = this.#handoff.workingHours;
    const resumeDeps = { transcripts: this.#deps.stores.transcripts, withdraw: (id: string) => this.#handoff.withdraw(id), opensAt: hours && openingTime(hours) };
    if (await resumeAfterHandoff(turn, dc, await this.#profile.get(turn, {}), resumeDeps)) return;
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
    const interruption = detectInterruption(text);
    // "不用了" cancels the script, except when it answers the question on screen (a quote or an offer).
    if (interruption === 'cancel' && matchChoice(text, offeredChoices(dc))) return false;
    switch (interruption) {
      case 'agent': {
        await handOff(turn, { desk: this.#handoff, profile: this.#profile }, 'asked');
        this.#deps.log.info({ conversationId: turn.activity.conversation.id, channel: turn.activity.channelId }, 'handoff.requested');
        return true;
      }
      case 'cancel':
        await dc.cancelAllDialogs();
        await turn.sendActivity(t(language, SUPPORT.cancelled));
        return true;
      case 'restart':
        await dc.cancelAllDialogs();
        await turn.sendActivity(t(language, SUPPORT.restarted));
        // An empty problem, or "重新开始" itself would be taken as the problem to look up.
        await dc.beginDialog(SUPPORT_DIALOG, { problem: '' });
        return true;
      case 'ticket-status':
        await turn.sendActivity(await ticketStatusReply(
          this.#deps.stores.tickets, customerOf(turn), findTicketNumber(text), language, this.#deps.policy.timeZone,
        ));
        if (dc.activeDialog) await dc.repromptDialog();
        return true;
      case 'ticket-cancel':
      case 'ticket-reschedule':
        return this.#changeTicket(turn, dc, interruption === 'ticket-cancel' ? 'cancel' : 'reschedule');
      default:
        return false;
    }
  }

  /** "取消工单 RT-…" / "改到周五下午" on the customer's own ticket; mid-intake they concern the ticket being filled in. */
  async #changeTicket(turn: TurnContext, dc: DialogContext, action: 'cancel' | 'reschedule'): Promise<boolean> {
    const language = languageOf(turn);
    const text = turn.activity.text ?? '';
    const ticketNumber = findTicketNumber(text);
    if (!ticketNumber && isIntakeActive(dc)) {
      // The intake reads a new visit time as a correction; "cancel the repair" there stops the booking.
      if (action === 'reschedule') return false;
      await dc.cancelAllDialogs();
      await turn.sendActivity(t(language, SUPPORT.cancelled));
      return true;
    }
    const { stores, clock, policy } = this.#deps;
    await turn.sendActivity(await ticketChangeReply(action, {
      store: stores.tickets, schedule: stores.slaSchedule, clock, sla: policy.sla,
      visitSlotCapacity: policy.visitSlotCapacity, timeZone: policy.timeZone,
    }, customerOf(turn), ticketNumber, text, language));
    if (dc.activeDialog) await dc.repromptDialog();
    return true;
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

/** The buttons of the question the customer is answering: the innermost prompt's suggested actions. */
function offeredChoices(dc: DialogContext): ChoiceOption[] {
  let inner = dc;
  while (inner.child) inner = inner.child;
  const state = inner.activeDialog?.state as { options?: { prompt?: Partial<Activity> } } | undefined;
  return (state?.options?.prompt?.suggestedActions?.actions ?? []).map((action) => ({ value: String(action.value), title: action.title }));
}
