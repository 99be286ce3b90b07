import { DISTRICT_CITY } from '../src/understand/divisions.js';
import { understand } from '../src/understand/understand.js';
import type { Field, PromptType, Reading } from '../src/understand/reading.js';
import type { VisitSlot } from '../src/tickets/ticket.js';
import { INTAKE } from './ticket-intake.messages.js';
import type { Phrase } from './text.js';

export const INTAKE_FIELDS = ['name', 'phone', 'model', 'purchaseDate', 'address', 'visit'] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

export interface IntakeValues {
  name?: string;
  phone?: string;
  /** "unknown" when the customer does not know it. */
  model?: string;
  /** YYYY-MM-01, or "unknown" when the customer does not know (warranty then undecided). */
  purchaseDate?: string;
  address?: string;
  visit?: VisitSlot;
}

/** The layer's field names and the intake's, both ways. */
export const LAYER_FIELD: Record<IntakeField, Field> = {
  name: 'name', phone: 'phone', model: 'model', purchaseDate: 'purchase_date', address: 'address', visit: 'visit_time',
};
export const INTAKE_FIELD: Record<Field, IntakeField> = {
  name: 'name', phone: 'phone', model: 'model', purchase_date: 'purchaseDate', address: 'address', visit_time: 'visit',
};

/** The values given so far in the layer's normal forms, so a summary reply may name only the part it changes ("不是502 是602"). */
export function storedValues(values: IntakeValues): Partial<Record<Field, string>> {
  const stored: Partial<Record<Field, string>> = { name: values.name, phone: values.phone, address: values.address };
  if (values.model && values.model !== 'unknown') stored.model = values.model;
  if (values.purchaseDate && values.purchaseDate !== 'unknown') stored.purchase_date = values.purchaseDate.slice(0, 7);
  if (values.visit) stored.visit_time = `${values.visit.date} ${values.visit.period}`;
  return Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== undefined));
}

export type FieldResult =
  | { kind: 'ok'; value: string | VisitSlot }
  | { kind: 'problem'; problem: Phrase; vars?: Record<string, string | number> }
  /** Not an answer to the field: a question, a correction, a wish to stop or to talk to a person. */
  | { kind: 'other'; reading: Reading };

export interface ReadContext {
  today: string;
  hour?: number;
  region?: string;
}

/** Each field's answer as the understanding layer reads it → a clean value, the polite reason it is not one, or something else. */
export function readField(field: IntakeField, text: string, context: ReadContext): FieldResult {
  const reading = understand(text, { prompt: LAYER_FIELD[field] as PromptType, today: context.today, hour: context.hour, region: context.region });
  return fieldResult(field, reading, context.today);
}

/** A reading of the field (also the value inside a correction) as the intake stores it. */
export function fieldResult(field: IntakeField, reading: Reading, today: string): FieldResult {
  switch (reading.kind) {
    case 'value':
      if (field === 'purchaseDate') return { kind: 'ok', value: reading.date ?? `${reading.value}-01` };
      if (field === 'visit' && reading.visit) {
        // Same-day visits go through the urgent path (seed digest): say so, never "unreadable" (issue 14).
        if (reading.visit.date === today) return { kind: 'problem', problem: INTAKE.sameDay };
        return { kind: 'ok', value: { date: reading.visit.date, period: reading.visit.period === 'any' ? 'morning' : reading.visit.period } };
      }
      return { kind: 'ok', value: reading.value };
    case 'dont_know':
      if (field === 'model' || field === 'purchaseDate') return { kind: 'ok', value: 'unknown' };
      return { kind: 'problem', problem: BAD[field] };
    case 'partial':
      return partialProblem(field, reading);
    case 'invalid':
      if (reading.reason === 'refused') return { kind: 'problem', problem: REFUSED[field] };
      if (field === 'purchaseDate' && reading.reason === 'future') return { kind: 'problem', problem: INTAKE.badDateFuture };
      if (field === 'purchaseDate' && reading.reason === 'too_old') return { kind: 'problem', problem: INTAKE.badDateOld };
      return { kind: 'problem', problem: BAD[field] };
    case 'unknown':
      return { kind: 'problem', problem: BAD[field] };
    default:
      return { kind: 'other', reading };
  }
}

const BAD: Record<IntakeField, Phrase> = {
  name: INTAKE.badName, phone: INTAKE.badPhone, model: INTAKE.badModel, purchaseDate: INTAKE.badDateUnreadable, address: INTAKE.badAddress, visit: INTAKE.badVisit,
};

const REFUSED: Record<IntakeField, Phrase> = {
  name: INTAKE.refusedName, phone: INTAKE.refusedPhone, model: INTAKE.refusedModel, purchaseDate: INTAKE.refusedDate, address: INTAKE.refusedAddress, visit: INTAKE.refusedVisit,
};

/** A value known in part: ask for exactly the missing part ("去年" → which month?), never guess it. */
function partialProblem(field: IntakeField, reading: Extract<Reading, { kind: 'partial' }>): FieldResult {
  const { known } = reading;
  if (field === 'purchaseDate' && known.year) return { kind: 'problem', problem: INTAKE.askMonth, vars: { year: known.year } };
  if (field === 'visit' && known.date) {
    const [, m, d] = known.date.split('-').map(Number);
    return { kind: 'problem', problem: INTAKE.askPeriod, vars: { day: `${m}月${d}日`, dayEn: known.date } };
  }
  if (field === 'visit') return { kind: 'problem', problem: INTAKE.askDay };
  return { kind: 'problem', problem: BAD[field] };
}

/** Region for the service point (seed digest: dispatch to the customer's region): the city in the address. */
export function regionOf(address: string): string {
  // The province is skipped: 广东省深圳市 is served from 深圳. Bounded quantifiers keep this linear.
  const zh = address.slice(0, 200).match(/(北京|上海|天津|重庆)|(?:[\p{Script=Han}]{2,7}?(?:省|自治区))?([\p{Script=Han}]{2,6}?市)/u);
  if (zh) return (zh[1] ?? zh[2]).replace(/市$/, '');
  // "越秀区东风东路745号": a district found in one city only is served from that city.
  const district = address.slice(0, 200).match(/[\p{Script=Han}]{1,6}?[区县]/u)?.[0] ?? '';
  // The district's name is the longest tail of the match that the table knows ("广州越秀区" → 越秀区).
  for (let start = 0; start + 3 <= district.length; start += 1) {
    const city = DISTRICT_CITY.get(district.slice(start));
    if (city) return city;
  }
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  return (parts.length > 1 ? parts[parts.length - 1] : address.split(/\s+/).pop() ?? address).toLowerCase().slice(0, 40);
}
