import type { Activity } from 'botbuilder';
import type { Language } from '../src/language.js';
import type { VisitSlot } from '../src/tickets/ticket.js';
import { maskPhone } from '../src/tickets/parse-phone.js';
import { formatSlot } from './format-slot.js';
import { ANSWERS, EXAMPLES } from './intake-answers.messages.js';
import { INTAKE_FIELDS, type IntakeField, type IntakeValues } from './intake-fields.js';
import { INTAKE, FIELD_LABELS } from './ticket-intake.messages.js';
import { choiceMessage, numbered, type ChoiceOption } from './choices.js';
import { t } from './text.js';

/** How the pending question is put: plainly, rephrased with an example (2nd miss), or with a way on (3rd). */
export type Repair = 'plain' | 'rephrase' | 'wayOn';

export const QUOTE_CHOICES: Record<Language, ChoiceOption[]> = {
  zh: [{ value: 'yes', title: '可以' }, { value: 'no', title: '不用了' }],
  en: [{ value: 'yes', title: 'Yes, okay' }, { value: 'no', title: 'No thanks' }],
};

/** Urgent (safety) tickets ask only what the engineer needs to come now. */
export const URGENT_FIELDS: readonly IntakeField[] = ['name', 'phone', 'address'];
/** Fields the booking can go ahead without: the engineer checks them on the visit. */
export const OPTIONAL_FIELDS: readonly IntakeField[] = ['model', 'purchaseDate', 'visit'];

const ASKS = { name: INTAKE.askName, phone: INTAKE.askPhone, model: INTAKE.askModel, purchaseDate: INTAKE.askPurchaseDate, address: INTAKE.askAddress, visit: INTAKE.askVisit };

export function fieldPrompt(field: IntakeField, language: Language, repair: Repair, suggestions: string[]): Partial<Activity> | string {
  const plain = t(language, ASKS[field]);
  const example = t(language, EXAMPLES[field]);
  if (repair === 'rephrase') {
    const buttons = OPTIONAL_FIELDS.includes(field) ? [example, t(language, INTAKE.dontKnow)] : [example];
    return choiceMessage(t(language, ANSWERS.rephrase, { prompt: plain, example }), buttons.map((b) => ({ value: b, title: b })));
  }
  if (repair === 'wayOn') {
    return choiceMessage(t(language, ANSWERS.wayOnRequired, { example }), [{ value: 'agent', title: t(language, INTAKE.agentButton) }]);
  }
  return suggestions.length ? choiceMessage(plain, suggestions.map((s) => ({ value: s, title: s }))) : plain;
}

export function quotePrompt(language: Language, repair: Repair, restated?: string): Partial<Activity> {
  const text = repair === 'plain' ? t(language, INTAKE.outOfWarranty) : t(language, INTAKE.quoteRephrase);
  // The date that decided is said inside the first sentence: "这台机器已经过了保修期（2024年3月买的，保修12个月）。"
  const said = restated && repair === 'plain' ? text.replace(/^([^。.]*)([。.])/, `$1${restated}$2`) : text;
  return choiceMessage(said, QUOTE_CHOICES[language]);
}

export function slotChoices(slots: VisitSlot[], language: Language): ChoiceOption[] {
  return slots.map((slot) => ({ value: JSON.stringify(slot), title: formatSlot(slot, language) }));
}

export function slotPrompt(slots: VisitSlot[], wanted: VisitSlot | undefined, language: Language): Partial<Activity> {
  const choices = slotChoices(slots, language);
  return choiceMessage(t(language, INTAKE.slotFull, { slot: wanted ? formatSlot(wanted, language) : '', choices: numbered(choices) }), choices);
}

export function confirmChoices(language: Language): ChoiceOption[] {
  return [{ value: 'yes', title: t(language, INTAKE.confirmYes) }, { value: 'edit', title: t(language, INTAKE.confirmEdit) }];
}

export function fieldChoices(urgent: boolean, language: Language): ChoiceOption[] {
  return (urgent ? URGENT_FIELDS : INTAKE_FIELDS).map((field) => ({ value: field, title: t(language, FIELD_LABELS[field]) }));
}

/** "2025年5月" / "May 2025": a purchase month as the customer reads it back. */
export function formatMonth(date: string, language: Language): string {
  const [y, m] = date.split('-').map(Number);
  if (language === 'zh') return `${y}年${m}月`;
  return `${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
}

export function confirmPrompt(values: IntakeValues, warranty: 'in' | 'out' | 'unknown', language: Language): Partial<Activity> {
  const known = values.purchaseDate && values.purchaseDate !== 'unknown';
  return choiceMessage(t(language, INTAKE.confirm, {
    name: values.name ?? '-',
    phone: values.phone ? maskPhone(values.phone) : '-',
    model: values.model === 'unknown' || !values.model ? t(language, INTAKE.unknownModel) : values.model,
    purchaseDate: known ? values.purchaseDate!.slice(0, 7) : t(language, INTAKE.unknownModel),
    warranty: warranty === 'unknown' ? t(language, INTAKE.warrantyUnknown) : t(language, warranty === 'in' ? INTAKE.warrantyIn : INTAKE.warrantyOut),
    address: values.address ?? '-',
    visit: values.visit ? formatSlot(values.visit, language) : t(language, INTAKE.visitByPhone),
  }), confirmChoices(language));
}
