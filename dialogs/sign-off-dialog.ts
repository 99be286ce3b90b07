import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { languageOf } from '../src/bot/turn-language.js';
import { detectYesNo } from '../src/bot/recognize.js';
import { readRepairOutcome, wantsNoContact } from '../src/bot/recognize-after-visit.js';
import { answerQuote, pendingQuestion, signOff, type SignOffDeps } from '../src/tickets/customer-sign-off.js';
import { optOutOfContact } from '../src/tickets/contact-opt-out.js';
import type { Ticket } from '../src/tickets/ticket.js';
import type { Language } from '../src/language.js';
import type { DialogDeps } from './dialog-deps.js';
import { customerOf } from './dialog-deps.js';
import { choiceMessage, matchChoice } from './choices.js';
import { AFTER_VISIT } from './after-visit.messages.js';
import { visitButtons, visitText } from './visit.messages.js';
import { POST_REPAIR_SURVEY_DIALOG, PostRepairSurveyDialog } from './post-repair-survey-dialog.js';
import { t } from './text.js';
import { handOverRepeatRepair } from './three-strikes-handover.js';

export const SIGN_OFF_DIALOG = 'sign-off';
const STEPS = `${SIGN_OFF_DIALOG}.steps`;
const PROMPT = `${SIGN_OFF_DIALOG}.again`;

type Question = 'quote' | 'sign-off';
const QUESTIONS: readonly Question[] = ['quote', 'sign-off'];
export interface SignOffOptions {
  ticketId: string;
  question: Question;
  /** The reply that started the dialog: the answer to the proactive question. */
  answer: string;
}

export type AfterVisitDeps = SignOffDeps & { timeZone: string };

/**
 * The customer's side of the visit: the answer to a quote, and the sign-off ("has it fixed the
 * problem?"). A reply it cannot read is asked once more, as any prompt is; a second one leaves the
 * question open (the sign-off timeout still closes the ticket).
 */
export class SignOffDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps, private readonly visit: AfterVisitDeps) {
    super(SIGN_OFF_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new PostRepairSurveyDialog(deps));
    this.addDialog(new WaterfallDialog(STEPS, [this.readStep.bind(this), this.recordStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async readStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as SignOffOptions;
    const language = languageOf(step.context);
    if (readAnswer(options.answer, options.question, language)) return step.next(options.answer);
    const ticket = await this.deps.tickets.get(options.ticketId);
    const again = options.question === 'quote' ? AFTER_VISIT.askQuoteAgain : AFTER_VISIT.askFixedAgain;
    const text = t(language, again, { id: options.ticketId, amount: ticket?.quote?.amount.toFixed(2) ?? '' });
    const buttons = (visitButtons(options.question === 'quote' ? 'quote' : 'repaired', language) ?? []).map((title) => ({ value: title, title }));
    return step.prompt(PROMPT, { prompt: choiceMessage(text, buttons) });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as SignOffOptions;
    const language = languageOf(step.context);
    const answer = readAnswer(String(step.result ?? ''), options.question, language);
    if (!answer) {
      await step.context.sendActivity(t(language, AFTER_VISIT.keptOpen));
      return step.endDialog();
    }
    const by = `customer:${customerOf(step.context).userId}`;
    if (options.question === 'quote') {
      const ticket = await answerQuote(this.visit, options.ticketId, answer === 'yes', by);
      await step.context.sendActivity(this.say(ticket, answer === 'yes' ? 'quote-accepted' : 'quote-refused'));
      return step.endDialog();
    }
    const { ticket, changed } = await signOff(this.visit, options.ticketId, answer === 'yes' ? 'confirmed' : 'denied', by);
    if (!changed) return step.endDialog();
    await step.context.sendActivity(this.say(ticket, ticket.status === 'closed' ? 'closed-confirmed' : 'reopened'));
    // The documents' survey follows a confirmed repair only: asking after a failed one would add insult.
    if (ticket.status === 'closed') return step.beginDialog(POST_REPAIR_SURVEY_DIALOG, { ticketId: ticket.id });
    await handOverRepeatRepair(step.context, this.deps, ticket);
    return step.endDialog();
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }

  private say(ticket: Ticket, notice: Parameters<typeof visitText>[1]): string {
    return visitText(ticket, notice, this.visit.timeZone, this.visit.signoffTimeoutHours);
  }
}

type Answer = 'yes' | 'no' | undefined;

/** yes / no to the question on screen: its buttons first, then the plain words. */
function readAnswer(text: string, question: Question, language: Language): Answer {
  return answerReader(text, language)(question);
}

/**
 * readAnswer for one reply and any of the questions, each answer worked out once: the check before
 * the script asks about both questions and then again about the pending one, and the plain yes / no
 * (the costly part) is the same for both.
 */
function answerReader(text: string, language: Language): (question: Question) => Answer {
  const answers = new Map<Question, Answer>();
  let yesNo: { answer: Answer } | undefined;
  const read = (question: Question): Answer => {
    const buttons = visitButtons(question === 'quote' ? 'quote' : 'repaired', language) ?? [];
    const picked = matchChoice(text, buttons.map((title, i) => ({ value: i === 0 ? 'yes' : 'no', title })));
    if (picked) return picked.value as 'yes' | 'no';
    if (question === 'sign-off') {
      const outcome = readRepairOutcome(text);
      if (outcome) return outcome === 'fixed' ? 'yes' : 'no';
    }
    yesNo ??= { answer: detectYesNo(text) };
    return yesNo.answer;
  };
  return (question) => {
    if (!answers.has(question)) answers.set(question, read(question));
    return answers.get(question);
  };
}

/**
 * Before the script: a customer asking not to be contacted, or answering the question a visit
 * notice asked (quote, sign-off). True when the turn is answered here.
 */
export async function answerAfterVisit(turn: TurnContext, dc: DialogContext, deps: DialogDeps, visit: AfterVisitDeps): Promise<boolean> {
  const text = turn.activity.text ?? '';
  const language = languageOf(turn);
  const customer = customerOf(turn);
  const answerTo = answerReader(text, language);
  if (wantsNoContact(text)) {
    await optOutOfContact(deps.tickets, customer, deps.clock.now());
    await turn.sendActivity(t(language, AFTER_VISIT.optedOut));
    return true;
  }
  // Mid-conversation only a clear answer can be taken as one (below): the customer's tickets are read
  // only when the text could answer one of the two questions, not on every message of the script.
  if (dc.activeDialog && !QUESTIONS.some((question) => answerTo(question) !== undefined)) return false;
  const tickets = await deps.tickets.list({ customer: { channel: customer.channel, userId: customer.userId }, limit: 20 });
  const ticket = tickets.find((candidate) => pendingQuestion(candidate));
  const question = ticket && pendingQuestion(ticket);
  if (!ticket || !question) return false;
  const understood = answerTo(question) !== undefined;
  // Mid-conversation, only a clear answer is taken as one; anything else belongs to the dialog on screen.
  if (!understood && dc.activeDialog) return false;
  // Asked again once already: the customer is talking about something else, and the question stays open.
  const profile = await deps.profile.get(turn, {});
  if (!understood && profile.afterVisitAskedAgain === ticket.id) return false;
  if (!understood) profile.afterVisitAskedAgain = ticket.id;
  await dc.cancelAllDialogs();
  await dc.beginDialog(SIGN_OFF_DIALOG, { ticketId: ticket.id, question, answer: text } satisfies SignOffOptions);
  return true;
}
