import { randomUUID } from 'node:crypto';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Language } from '../src/language.js';
import { languageOf } from '../src/bot/turn-language.js';
import type { ProductLine } from '../src/kb/article-schema.js';
import { localDate } from '../src/tickets/local-date.js';
import { localTime } from '../src/time-zone.js';
import { slotsAfter } from '../src/tickets/parse-visit-slot.js';
import type { VisitSlot } from '../src/tickets/ticket.js';
import { understand, understandCorrection } from '../src/understand/understand.js';
import type { Reading } from '../src/understand/reading.js';
import { customerOf, type DialogDeps } from './dialog-deps.js';
import { handOff } from './hand-off.js';
import { answerQuestion, warrantyFor } from './intake-answers.js';
import { createIntakeTicket } from './intake-create.js';
import { INTAKE_FIELD, INTAKE_FIELDS, fieldResult, readField, regionOf, storedValues, type FieldResult, type IntakeField, type IntakeValues } from './intake-fields.js';
import {
  OPTIONAL_FIELDS, URGENT_FIELDS, confirmPrompt, fieldChoices, fieldPrompt, formatMonth, quotePrompt, slotChoices, slotPrompt, type Repair,
} from './intake-prompts.js';
import { INTAKE } from './ticket-intake.messages.js';
import { ANSWERS } from './intake-answers.messages.js';
import { choiceMessage, matchChoice } from './choices.js';
import { t } from './text.js';

export const TICKET_INTAKE_DIALOG = 'ticketIntake';
/** The waterfall inside the component; loops replace it, never the component (that would nest it). */
const STEPS = `${TICKET_INTAKE_DIALOG}.steps`;
const PROMPT = 'ticketIntake.reply';

export interface IntakeOptions {
  problem: string;
  articleId?: string;
  product?: ProductLine;
  models: string[];
  stepsTried: number;
  urgent: boolean;
  priorityApology: boolean;
}

export interface IntakeResult {
  ticketId?: string;
  declined?: boolean;
  cancelled?: boolean;
  handedOff?: boolean;
}

export interface IntakeState extends IntakeOptions {
  intakeId: string;
  values: IntakeValues;
  /** The question asked last; derived afresh before every question (nextStage). */
  stage: 'field' | 'quote' | 'slot' | 'confirm' | 'whichField';
  /** The customer asked to change something at the summary. */
  editing?: boolean;
  asking?: IntakeField;
  slotOptions?: VisitSlot[];
  /** The slot the customer asked for, when it turned out to be full. */
  wantedSlot?: VisitSlot;
  quoteAccepted?: boolean;
  introduced?: boolean;
  /** Replies in a row the pending question did not get an answer from, and which question that was. */
  misses?: number;
  missedAt?: string;
  /** Optional fields passed over after three misses: the engineer checks them on the visit. */
  skipped?: IntakeField[];
  /** Said once before the quote: "2025年5月买的，已过12个月的保修期。" */
  restated?: string;
}

/** Repair-ticket intake: each field asked once, read by the understanding layer, correctable, confirmed before it is stored. */
export class TicketIntakeDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(TICKET_INTAKE_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.receiveStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const options = step.options as IntakeOptions | IntakeState;
    const state: IntakeState = 'intakeId' in options ? options : { ...options, intakeId: randomUUID(), values: {}, stage: 'field' };
    (step.values as Record<string, unknown>).state = state;
    if (!state.introduced) {
      state.introduced = true;
      await step.context.sendActivity(t(language, state.priorityApology ? INTAKE.introPriority : INTAKE.intro));
    }
    state.stage = this.nextStage(state);
    state.asking = state.stage === 'field' ? this.missing(state)[0] : undefined;
    return step.prompt(PROMPT, { prompt: this.question(step, state, language) });
  }

  /** What to ask next follows from what is known, so a correction at any point can never skip a question. */
  private nextStage(state: IntakeState): IntakeState['stage'] {
    if (state.editing) return 'whichField';
    if (this.warrantyOf(state) === 'out' && state.quoteAccepted === undefined) return 'quote';
    if (state.slotOptions?.length) return 'slot';
    return this.missing(state).length ? 'field' : 'confirm';
  }

  private async receiveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = (step.values as Record<string, unknown>).state as IntakeState;
    const language = languageOf(step.context);
    const reply = String(step.result ?? '').trim();
    const context = this.readContext();
    if (state.stage === 'quote' || state.stage === 'slot') {
      const correction = understandCorrection(reply, { prompt: 'quote_accept', ...context });
      if (correction?.kind === 'correction') return this.correct(step, state, correction);
    }
    switch (state.stage) {
      case 'quote': {
        const reading = understand(reply, { prompt: 'quote_accept', ...context, stored: storedValues(state.values) });
        if (reading.kind === 'no') {
          await step.context.sendActivity(t(language, INTAKE.quoteDeclined));
          return step.endDialog({ declined: true } satisfies IntakeResult);
        }
        if (reading.kind === 'yes') {
          await this.answerAsked(step, state, reading);
          state.quoteAccepted = true;
          return this.answered(step, state);
        }
        return this.other(step, state, reading, INTAKE.yesOrNo);
      }
      case 'slot': {
        const choices = slotChoices(state.slotOptions ?? [], language);
        const reading = understand(reply, { prompt: 'slot_choice', ...context, options: choices.map((c) => c.title) });
        if (reading.kind === 'choice' && choices[reading.index]) {
          state.values = { ...state.values, visit: JSON.parse(choices[reading.index].value) as VisitSlot };
          state.slotOptions = undefined;
          return this.answered(step, state);
        }
        if (reading.kind === 'none') { state.slotOptions = undefined; return this.answered(step, state); }
        if (['agent', 'cancel', 'optout', 'question'].includes(reading.kind)) return this.other(step, state, reading, INTAKE.badVisit);
        // "我问问我老婆", "two or three, whatever": understood, not chosen yet — no "I couldn't read that time".
        const visit = readField('visit', reply, context);
        if (reading.kind === 'partial' && visit.kind !== 'ok') return this.miss(step, state, t(language, INTAKE.slotOpen));
        return this.accept(step, state, 'visit', visit);
      }
      case 'confirm': {
        const reading = understand(reply, { prompt: 'summary_confirm', ...context, stored: storedValues(state.values) });
        if (reading.kind === 'yes' || matchChoice(reply, [{ value: 'yes', title: t(language, INTAKE.confirmYes) }])) {
          await this.answerAsked(step, state, reading);
          return this.create(step, state);
        }
        if (reading.kind === 'correction') return this.correct(step, state, reading);
        if (['agent', 'cancel', 'optout', 'question'].includes(reading.kind)) return this.other(step, state, reading, INTAKE.whichField);
        state.editing = true;
        return step.replaceDialog(STEPS, state);
      }
      case 'whichField': {
        const reading = understand(reply, { prompt: 'summary_confirm', ...context, stored: storedValues(state.values) });
        if (reading.kind === 'correction') return this.correct(step, state, reading);
        const field = matchChoice(reply, fieldChoices(state.urgent, language))?.value as IntakeField | undefined;
        if (field) return this.correct(step, state, { kind: 'correction', field: { name: 'name', phone: 'phone', model: 'model', purchaseDate: 'purchase_date', address: 'address', visit: 'visit_time' }[field] as never });
        return this.other(step, state, reading, INTAKE.whichField);
      }
      default:
        return this.accept(step, state, state.asking ?? 'name', readField(state.asking ?? 'name', reply, context));
    }
  }

  /** Stores one answer; anything else is handled as what it is, and a miss repairs the question. */
  private async accept(step: WaterfallStepContext, state: IntakeState, field: IntakeField, result: FieldResult, announce = false): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    if (result.kind === 'other') return this.other(step, state, result.reading, INTAKE.badName);
    if (result.kind === 'problem') return this.miss(step, state, t(language, result.problem, result.vars));
    state.values = { ...state.values, [field]: result.value };
    if (announce) await step.context.sendActivity(t(language, INTAKE.updated));
    if (field === 'purchaseDate' && result.value !== 'unknown') await this.restateDate(step, state, String(result.value), language);
    if ((field === 'visit' || field === 'address') && state.values.visit && state.values.address) {
      const free = await this.freeSlots(state.values.visit, regionOf(state.values.address));
      if (free.length) {
        state.slotOptions = free;
        state.wantedSlot = state.values.visit;
        state.values = { ...state.values, visit: undefined };
      }
    }
    return this.answered(step, state);
  }

  /** The date that decides the warranty is said back with the decision (issue 14: "2025年5月买的，已过一年保修期"). */
  private async restateDate(step: WaterfallStepContext, state: IntakeState, date: string, language: Language): Promise<void> {
    const decision = warrantyFor(state, this.deps, this.today());
    const vars = { date: formatMonth(date, language), months: decision.months };
    const part = decision.part ? t(language, INTAKE.partWarranty, { part: decision.part }) : '';
    if (decision.status === 'in') await step.context.sendActivity(`${t(language, INTAKE.inWarranty, vars)}${part ? t(language, INTAKE.partRule, { part: decision.part!, months: decision.months }) : ''}`);
    else state.restated = t(language, INTAKE.restateOut, { ...vars, part });
  }

  private answered(step: WaterfallStepContext, state: IntakeState): Promise<DialogTurnResult> {
    state.misses = 0;
    state.missedAt = undefined;
    return step.replaceDialog(STEPS, state);
  }

  /**
   * A reply the question got nothing from. First the reason and the question again; then the question
   * rephrased with an example and buttons; then a way on (an optional field is skipped, a required one
   * offers a person); a fourth miss hands over. The same prompt never goes out three times in a row.
   */
  private async miss(step: WaterfallStepContext, state: IntakeState, problem: string): Promise<DialogTurnResult> {
    const at = `${state.stage}:${state.asking ?? ''}`;
    state.misses = state.missedAt === at ? (state.misses ?? 0) + 1 : 1;
    state.missedAt = at;
    const language = languageOf(step.context);
    if (state.misses === 1) await step.context.sendActivity(problem);
    if (state.misses >= 3 && state.stage === 'field' && state.asking && OPTIONAL_FIELDS.includes(state.asking)) {
      await step.context.sendActivity(t(language, ANSWERS.wayOnOptional));
      state.skipped = [...(state.skipped ?? []), state.asking];
      if (state.asking === 'purchaseDate') state.values = { ...state.values, purchaseDate: 'unknown' };
      if (state.asking === 'model') state.values = { ...state.values, model: 'unknown' };
      return this.answered(step, state);
    }
    if (state.misses >= 4 || (state.misses >= 3 && state.stage !== 'field')) return this.toPerson(step);
    return step.replaceDialog(STEPS, state);
  }

  /** "可以，师傅几点到？": the yes is taken, and the question beside it answered first. */
  private async answerAsked(step: WaterfallStepContext, state: IntakeState, reading: Reading): Promise<void> {
    if (reading.kind !== 'yes' || !reading.asks) return;
    await step.context.sendActivity(answerQuestion(reading.asks, state, this.deps, this.today(), languageOf(step.context)));
  }

  /** Intents and questions at any question of the intake. */
  private async other(step: WaterfallStepContext, state: IntakeState, reading: Reading, problem: { zh: string; en: string }): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    switch (reading.kind) {
      case 'agent': return this.toPerson(step);
      case 'cancel': case 'optout':
        await step.context.sendActivity(t(language, INTAKE.cancelled));
        return step.endDialog({ cancelled: true } satisfies IntakeResult);
      case 'question':
        await step.context.sendActivity(answerQuestion(reading.topic, state, this.deps, this.today(), language));
        return step.replaceDialog(STEPS, state);
      case 'correction': return this.correct(step, state, reading);
      default: return this.miss(step, state, t(language, problem));
    }
  }

  private async toPerson(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(t(languageOf(step.context), INTAKE.handingOff));
    await handOff(step.context, this.deps, 'asked');
    return step.endDialog({ handedOff: true } satisfies IntakeResult);
  }

  /** "电话错了，是…": forget the old value (and what depended on it), then take the new one if given. */
  private async correct(step: WaterfallStepContext, state: IntakeState, reading: Extract<Reading, { kind: 'correction' }>): Promise<DialogTurnResult> {
    const field = INTAKE_FIELD[reading.field];
    state.editing = false;
    state.values = { ...state.values, [field]: undefined };
    state.skipped = state.skipped?.filter((f) => f !== field);
    if (field === 'purchaseDate') { state.quoteAccepted = undefined; state.restated = undefined; }
    if (field === 'visit' || field === 'address') state.slotOptions = undefined;
    if (reading.value) {
      const result = fieldResult(field, reading.value, this.today());
      if (result.kind === 'ok') return this.accept(step, state, field, result, true);
    }
    return this.answered(step, state);
  }

  private readContext(): { today: string; hour: number; region?: string } {
    const now = this.deps.clock.now();
    return { today: this.today(), hour: localTime(now, this.deps.policy.timeZone).hour, region: this.deps.policy.phoneRegion };
  }

  private today(): string {
    return localDate(this.deps.clock.now(), this.deps.policy.timeZone);
  }

  private warrantyOf(state: IntakeState): 'in' | 'out' | 'unknown' {
    return warrantyFor(state, this.deps, this.today()).status;
  }

  private create(step: WaterfallStepContext, state: IntakeState): Promise<DialogTurnResult> {
    return createIntakeTicket(step, state, this.deps, this.today(), this.warrantyOf(state), () => step.replaceDialog(STEPS, state));
  }

  private missing(state: IntakeState): IntakeField[] {
    const fields = state.urgent ? URGENT_FIELDS : INTAKE_FIELDS;
    return fields.filter((field) => state.values[field] === undefined && !state.skipped?.includes(field));
  }

  /** When the wanted half-day is full in the region, at least two free slots after it (seed digest, booking). */
  private async freeSlots(wanted: VisitSlot, region: string): Promise<VisitSlot[]> {
    const capacity = this.deps.policy.visitSlotCapacity;
    const taken = (slot: VisitSlot) => this.deps.tickets.countBookedVisits({ ...slot, region });
    if ((await taken(wanted)) < capacity) return [];
    const free: VisitSlot[] = [];
    for (const slot of slotsAfter(wanted, 12)) {
      if ((await taken(slot)) < capacity) free.push(slot);
      if (free.length === 3) break;
    }
    return free;
  }

  private question(step: WaterfallStepContext, state: IntakeState, language: Language) {
    const repair: Repair = state.misses === 2 ? 'rephrase' : state.misses === 3 ? 'wayOn' : 'plain';
    switch (state.stage) {
      case 'quote': return quotePrompt(language, repair, state.restated);
      case 'slot': return slotPrompt(state.slotOptions ?? [], state.wantedSlot, language);
      case 'whichField': return choiceMessage(t(language, INTAKE.whichField), fieldChoices(state.urgent, language));
      case 'confirm': return confirmPrompt(state.values, this.warrantyOf(state), language);
      default: {
        const field = state.asking ?? 'name';
        const from = step.context.activity.from?.name;
        const suggestions = field === 'model' ? state.models.slice(0, 4) : field === 'name' && from && !/^user$/i.test(from) ? [from] : [];
        return fieldPrompt(field, language, repair, suggestions);
      }
    }
  }
}

