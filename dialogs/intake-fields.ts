import { parsePhone } from '../src/tickets/parse-phone.js';
import { parsePurchaseDate } from '../src/tickets/parse-purchase-date.js';
import { parseVisitSlot } from '../src/tickets/parse-visit-slot.js';
import type { VisitSlot } from '../src/tickets/ticket.js';
import { INTAKE } from './ticket-intake.messages.js';
import type { Phrase } from './text.js';

export const INTAKE_FIELDS = ['name', 'phone', 'model', 'purchaseDate', 'address', 'visit'] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

export interface IntakeValues {
  name?: string;
  phone?: string;
  model?: string;
  purchaseDate?: string;
  address?: string;
  visit?: VisitSlot;
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; problem: Phrase };

/** Each field's reader: what the customer typed → a clean value, or the polite reason it is not one. */
export function readField(field: IntakeField, text: string, today: string): FieldResult<string | VisitSlot> {
  // Asked again to correct a field, customers often repeat the verb: "改成上海市…", "change it to …".
  const value = text.trim().replace(/^(改成|改为|换成|更正为|应该是|change (it )?to|make it|it should be)[\s:：,，]*/i, '').trim();
  switch (field) {
    case 'name': {
      const name = value.replace(/^(我叫|我是|叫我|my name is|i am|i'm|name:?)\s*/i, '').trim();
      return name.length >= 1 && name.length <= 30 && !/\d{3,}/.test(name) ? { ok: true, value: name } : { ok: false, problem: INTAKE.badName };
    }
    case 'phone': {
      const phone = parsePhone(value);
      return phone ? { ok: true, value: phone } : { ok: false, problem: INTAKE.badPhone };
    }
    case 'model': {
      if (/不知道|不清楚|不记得|忘了|找不到|don'?t know|not sure|no idea|unknown/i.test(value)) return { ok: true, value: 'unknown' };
      const model = value.match(/[A-Za-z]{1,6}[A-Za-z0-9]*[-\s]?[A-Za-z0-9-]*\d[A-Za-z0-9-]*/)?.[0] ?? value.match(/\b\d{2}[A-Za-z]\d\b/)?.[0];
      return model && model.length <= 40 ? { ok: true, value: model.toUpperCase().replace(/\s+/g, '') } : { ok: false, problem: INTAKE.badModel };
    }
    case 'purchaseDate': {
      const result = parsePurchaseDate(value, today);
      if (result.ok) return { ok: true, value: result.date };
      const problem = { unreadable: INTAKE.badDateUnreadable, future: INTAKE.badDateFuture, 'too-old': INTAKE.badDateOld }[result.reason];
      return { ok: false, problem };
    }
    case 'address': {
      const long = /\p{Script=Han}/u.test(value) ? value.length >= 6 : value.length >= 10;
      return long && value.length <= 200 ? { ok: true, value } : { ok: false, problem: INTAKE.badAddress };
    }
    case 'visit': {
      const slot = parseVisitSlot(value, today);
      return slot ? { ok: true, value: slot } : { ok: false, problem: INTAKE.badVisit };
    }
  }
}

const FIELD_WORDS: ReadonlyArray<[IntakeField, RegExp]> = [
  ['phone', /电话|手机|号码|联系方式|phone|number|mobile/i],
  ['name', /名字|姓名|称呼|\bname\b/i],
  ['address', /地址|住址|address/i],
  ['model', /型号|\bmodel\b/i],
  ['purchaseDate', /购买|买的|购机|purchase|bought/i],
  ['visit', /上门时间|预约时间|时间|时段|visit|appointment|\btime\b/i],
];
/** No 成 or 的 here: 成都市… and 的士… are values, not filler. */
const LEADING_FILLER = /^([,，:：。.、]+|(了|应该是|应该为|是|为)(?=[\s,，:：]|[\p{Script=Han}\d])|(is|to|it'?s|it is|should be)\b)/iu;
const CORRECTION = /错了|不对|写错|搞错|改成|改为|改一下|更正|应该是|修改|\b(wrong|change|correct|actually|instead|update)\b/i;

/**
 * "电话错了，是13912345678" / "change the address to …": which field to correct and the new text
 * after the field word, if the customer gave it. `force` treats any field word as a correction
 * (used while the customer is reviewing the summary).
 */
export function detectCorrection(text: string, force = false): { field: IntakeField; rest: string } | undefined {
  if (!force && !CORRECTION.test(text)) return undefined;
  const hit = FIELD_WORDS.find(([, pattern]) => pattern.test(text));
  if (!hit) return undefined;
  const after = text.split(hit[1]).slice(1).join(' ');
  let rest = after.replace(new RegExp(CORRECTION.source, 'gi'), ' ');
  // Strip filler until nothing changes: "写错了，应该是…", "is wrong, it is …" mix punctuation and words.
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(LEADING_FILLER, '').trim();
  }
  return { field: hit[0], rest };
}

/** Region for the service point (seed digest: dispatch to the customer's region): the city in the address. */
export function regionOf(address: string): string {
  // The province is skipped: 广东省深圳市 is served from 深圳.
  const zh = address.match(/(北京|上海|天津|重庆)|(?:[\p{Script=Han}]{2,7}?(?:省|自治区))?([\p{Script=Han}]{2,6}?市)/u);
  if (zh) return (zh[1] ?? zh[2]).replace(/市$/, '');
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  return (parts.length > 1 ? parts[parts.length - 1] : address.split(/\s+/).pop() ?? address).toLowerCase().slice(0, 40);
}
