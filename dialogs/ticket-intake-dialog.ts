import { randomUUID } from 'node:crypto';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Language } from '../src/language.js';
import { languageOf } from '../src/bot/turn-language.js';
import { detectYesNo } from '../src/bot/recognize.js';
import { isAppError } from '../src/errors.js';
import type { ProductLine } from '../src/kb/article-schema.js';
import { localDate } from '../src/tickets/local-date.js';
import { warrantyStatus } from '../src/tickets/warranty.js';
import { openTicket } from '../src/tickets/open-ticket.js';
import { slotsAfter } from '../src/tickets/parse-visit-slot.js';
import type { VisitSlot } from '../src/tickets/ticket.js';
import { maskPhone } from '../src/tickets/parse-phone.js';
import { handOverThreeStrikes } from './three-strikes-handover.js';
import { customerOf, type DialogDeps } from './dialog-deps.js';
import { INTAKE, FIELD_LABELS, PERIODS } from './ticket-intake.messages.js';
import { INTAKE_FIELDS, detectCorrection, readField, regionOf, type IntakeField, type IntakeValues } from './intake-fields.js';
import { choiceMessage, matchChoice, numbered, type ChoiceOption } from './choices.js';
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

interface IntakeState extends IntakeOptions {
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
}

const QUOTE_CHOICES: Record<Language, ChoiceOption[]> = {
  zh: [{ value: 'yes', title: '可以' }, { value: 'no', title: '不用了' }],
  en: [{ value: 'yes', title: 'Yes, okay' }, { value: 'no', title: 'No thanks' }],
};

/** Urgent (safety) tickets ask only what the engineer needs to come now. */
const URGENT_FIELDS: readonly IntakeField[] = ['name', 'phone', 'address'];

/** Repair-ticket intake: each field asked once, validated, correctable, confirmed before it is stored. */
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
    const correction = detectCorrection(reply, state.stage === 'confirm' || state.stage === 'whichField');
    if (correction) return this.correct(step, state, correction.field, correction.rest);

    switch (state.stage) {
      case 'quote': {
        const answer = matchChoice(reply, QUOTE_CHOICES[language])?.value ?? detectYesNo(reply);
        if (answer === 'no') {
          await step.context.sendActivity(t(language, INTAKE.quoteDeclined));
          return step.endDialog({ declined: true } satisfies IntakeResult);
        }
        if (answer === 'yes') state.quoteAccepted = true;
        else await step.context.sendActivity(t(language, INTAKE.yesOrNo));
        return step.replaceDialog(STEPS, state);
      }
      case 'slot': {
        const chosen = matchChoice(reply, this.slotChoices(state.slotOptions ?? [], language));
        if (!chosen) return this.accept(step, state, 'visit', reply);
        state.values = { ...state.values, visit: JSON.parse(chosen.value) as VisitSlot };
        state.slotOptions = undefined;
        return step.replaceDialog(STEPS, state);
      }
      case 'confirm':
        if (detectYesNo(reply) === 'yes' || matchChoice(reply, this.confirmChoices(language))?.value === 'yes') return this.create(step, state);
        state.editing = true;
        return step.replaceDialog(STEPS, state);
      case 'whichField': {
        const field = matchChoice(reply, this.fieldChoices(state, language))?.value as IntakeField | undefined;
        return field ? this.correct(step, state, field, '') : step.replaceDialog(STEPS, state);
      }
      default:
        return this.accept(step, state, state.asking ?? 'name', reply);
    }
  }

  /** Validates one answer; a bad answer gets the specific reason and the same question again, nothing else lost. */
  private async accept(step: WaterfallStepContext, state: IntakeState, field: IntakeField, reply: string, announce = false): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const result = readField(field, reply, this.today());
    if (!result.ok) {
      await step.context.sendActivity(t(language, result.problem));
      return step.replaceDialog(STEPS, state);
    }
    state.values = { ...state.values, [field]: result.value };
    if (announce) await step.context.sendActivity(t(language, INTAKE.updated));
    if (field === 'purchaseDate' && this.warrantyOf(state) === 'in') await step.context.sendActivity(t(language, INTAKE.inWarranty));
    if ((field === 'visit' || field === 'address') && state.values.visit && state.values.address) {
      const free = await this.freeSlots(state.values.visit, regionOf(state.values.address));
      if (free.length) {
        state.slotOptions = free;
        state.wantedSlot = state.values.visit;
        state.values = { ...state.values, visit: undefined };
      }
    }
    return step.replaceDialog(STEPS, state);
  }

  /** "电话错了，是…": forget the old value (and what depended on it), then read the new one if given. */
  private async correct(step: WaterfallStepContext, state: IntakeState, field: IntakeField, rest: string): Promise<DialogTurnResult> {
    state.editing = false;
    state.values = { ...state.values, [field]: undefined };
    if (field === 'purchaseDate') state.quoteAccepted = undefined;
    if (field === 'visit' || field === 'address') state.slotOptions = undefined;
    if (rest) return this.accept(step, state, field, rest, true);
    return step.replaceDialog(STEPS, state);
  }

  private today(): string {
    return localDate(this.deps.clock.now(), this.deps.policy.timeZone);
  }

  private warrantyOf(state: IntakeState): 'in' | 'out' | 'unknown' {
    const date = state.values.purchaseDate;
    return date ? warrantyStatus(date, this.today(), this.deps.policy.warrantyMonths) : 'unknown';
  }

  private async create(step: WaterfallStepContext, state: IntakeState): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const { values } = state;
    const today = this.today();
    const warranty = this.warrantyOf(state);
    try {
      const ticket = await openTicket({
        customer: customerOf(step.context),
        language,
        name: values.name!,
        phone: values.phone!,
        product: state.product ?? 'general',
        model: values.model ?? 'unknown',
        purchaseDate: values.purchaseDate,
        warranty,
        quoteAccepted: state.quoteAccepted ?? false,
        address: values.address!,
        region: regionOf(values.address!),
        visit: values.visit ?? { date: today, period: 'morning' },
        problem: state.problem.slice(0, 2000),
        articleId: state.articleId,
        stepsTried: state.stepsTried,
        priority: state.urgent ? 'urgent' : 'normal',
        idempotencyKey: `${step.context.activity.conversation.id}:${state.intakeId}`,
      }, { store: this.deps.tickets, clock: this.deps.clock, sla: this.deps.policy.sla, timeZone: this.deps.policy.timeZone,
        schedule: this.deps.slaSchedule, threeStrikesWindowDays: this.deps.policy.threeStrikesWindowDays });
      const profile = await this.deps.profile.get(step.context, {});
      profile.ticketIds = [...new Set([...(profile.ticketIds ?? []), ticket.id])];
      const { sla } = this.deps.policy;
      const message = state.urgent
        ? t(language, INTAKE.createdUrgent, { id: ticket.id, responseHours: sla.responseHours, onSiteHours: sla.onSiteHours / 2 })
        : t(language, INTAKE.created, {
          id: ticket.id,
          responseHours: sla.responseHours,
          visit: this.formatSlot(ticket.visit, language),
          warrantyNote: t(language, warranty === 'out' ? INTAKE.noteQuote : INTAKE.noteFree),
        });
      await step.context.sendActivity(message);
      if (ticket.supervisorFlag) return handOverThreeStrikes(step, this.deps, ticket);
      return step.endDialog({ ticketId: ticket.id } satisfies IntakeResult);
    } catch (err) {
      if (!isAppError(err, 'STORE_UNAVAILABLE')) throw err;
      await step.context.sendActivity(t(language, INTAKE.storeDown));
      return step.replaceDialog(STEPS, state);
    }
  }

  private missing(state: IntakeState): IntakeField[] {
    const fields = state.urgent ? URGENT_FIELDS : INTAKE_FIELDS;
    return fields.filter((field) => state.values[field] === undefined);
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
    const { values } = state;
    switch (state.stage) {
      case 'quote':
        return choiceMessage(t(language, INTAKE.outOfWarranty), QUOTE_CHOICES[language]);
      case 'slot': {
        const choices = this.slotChoices(state.slotOptions ?? [], language);
        const slot = state.wantedSlot ? this.formatSlot(state.wantedSlot, language) : '';
        return choiceMessage(t(language, INTAKE.slotFull, { slot, choices: numbered(choices) }), choices);
      }
      case 'whichField':
        return choiceMessage(t(language, INTAKE.whichField), this.fieldChoices(state, language));
      case 'confirm': {
        const warranty = values.purchaseDate ? this.warrantyOf(state) : undefined;
        return choiceMessage(t(language, INTAKE.confirm, {
          name: values.name ?? '-',
          phone: values.phone ? maskPhone(values.phone) : '-',
          model: values.model === 'unknown' || !values.model ? t(language, INTAKE.unknownModel) : values.model,
          purchaseDate: values.purchaseDate?.slice(0, 7) ?? '-',
          warranty: warranty ? t(language, warranty === 'in' ? INTAKE.warrantyIn : INTAKE.warrantyOut) : '-',
          address: values.address ?? '-',
          visit: values.visit ? this.formatSlot(values.visit, language) : '-',
        }), this.confirmChoices(language));
      }
      default:
        return this.fieldQuestion(step, state, language);
    }
  }

  private fieldQuestion(step: WaterfallStepContext, state: IntakeState, language: Language) {
    const asks = { name: INTAKE.askName, phone: INTAKE.askPhone, model: INTAKE.askModel, purchaseDate: INTAKE.askPurchaseDate, address: INTAKE.askAddress, visit: INTAKE.askVisit };
    const text = t(language, asks[state.asking ?? 'name']);
    const suggestions = state.asking === 'model' ? state.models.slice(0, 4)
      : state.asking === 'name' && step.context.activity.from?.name && !/^user$/i.test(step.context.activity.from.name) ? [step.context.activity.from.name]
        : [];
    return suggestions.length ? choiceMessage(text, suggestions.map((s) => ({ value: s, title: s }))) : text;
  }

  private confirmChoices(language: Language): ChoiceOption[] {
    return [
      { value: 'yes', title: t(language, INTAKE.confirmYes) },
      { value: 'edit', title: t(language, INTAKE.confirmEdit) },
    ];
  }

  private slotChoices(slots: VisitSlot[], language: Language): ChoiceOption[] {
    return slots.map((slot) => ({ value: JSON.stringify(slot), title: this.formatSlot(slot, language) }));
  }

  private fieldChoices(state: IntakeState, language: Language): ChoiceOption[] {
    const fields = state.urgent ? URGENT_FIELDS : INTAKE_FIELDS;
    return fields.map((field) => ({ value: field, title: t(language, FIELD_LABELS[field]) }));
  }

  private formatSlot(slot: VisitSlot, language: Language): string {
    const [, m, d] = slot.date.split('-').map(Number);
    return language === 'zh' ? `${m}月${d}日${PERIODS[slot.period].zh}` : `${slot.date} ${PERIODS[slot.period].en}`;
  }
}
