import { AppError } from '../../errors.js';

/** One level of `<xml>…</xml>` as WeChat pushes it: element name → its text (nested elements kept raw). */
export type FlatXml = Readonly<Record<string, string>>;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.-]{0,63}$/;
const MAX_FIELDS = 64;

function bad(reason: string): AppError {
  return new AppError('CHANNEL_BAD_ACTIVITY', `WeChat sent XML this parser refuses: ${reason}.`, { status: 400, details: { reason } });
}

function decodeText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[\da-fA-F]{1,6});/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return ENTITIES[entity];
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    // Past Unicode's last code point fromCodePoint throws: such a reference stays as written.
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * WeChat's pushes are one flat `<xml>` element of named fields, each plain text or one CDATA
 * section (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html).
 * A strict reader for exactly that: no DOCTYPE, entities or processing beyond the five predefined
 * ones, so no XXE or billion-laughs input can reach anything; nested elements (a menu event's
 * ScanCodeInfo) are kept as raw text.
 */
export function parseFlatXml(input: string): FlatXml {
  const text = input.trim().replace(/^<\?xml[^>]{0,200}\?>\s*/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw bad('doctype');
  if (!text.startsWith('<xml>') || !text.endsWith('</xml>')) throw bad('not an <xml> document');
  const body = text.slice(5, -6);
  const fields: Record<string, string> = {};
  let at = 0;
  while (at < body.length) {
    const open = /^\s*<([^>\s/]+)>/.exec(body.slice(at));
    if (!open) {
      if (body.slice(at).trim() === '') break;
      throw bad('expected an element');
    }
    const name = open[1];
    if (!NAME.test(name)) throw bad('element name');
    at += open[0].length;
    const close = `</${name}>`;
    let value: string;
    if (body.startsWith('<![CDATA[', at)) {
      // A CDATA section may be split in two to carry "]]>" itself; join the parts back.
      value = '';
      while (body.startsWith('<![CDATA[', at)) {
        const end = body.indexOf(']]>', at + 9);
        if (end < 0) throw bad('unterminated CDATA');
        value += body.slice(at + 9, end);
        at = end + 3;
      }
      if (!body.startsWith(close, at)) throw bad(`unterminated <${name}>`);
    } else {
      const end = body.indexOf(close, at);
      if (end < 0) throw bad(`unterminated <${name}>`);
      const raw = body.slice(at, end);
      value = raw.includes('<') ? raw : decodeText(raw);
      at = end;
    }
    at += close.length;
    if (Object.keys(fields).length >= MAX_FIELDS) throw bad('too many fields');
    fields[name] = value;
  }
  return Object.freeze(fields);
}

const cdata = (value: string) => `<![CDATA[${value.split(']]>').join(']]]]><![CDATA[>')}]]>`;

/** Builds a flat `<xml>` reply; numbers go bare, text in CDATA, as WeChat's own examples write them. */
export function buildFlatXml(fields: Record<string, string | number>): string {
  const parts = Object.entries(fields).map(([name, value]) => {
    if (!NAME.test(name)) throw new AppError('INTERNAL', `Bad XML element name ${name}.`);
    return `<${name}>${typeof value === 'number' ? String(value) : cdata(value)}</${name}>`;
  });
  return `<xml>${parts.join('')}</xml>`;
}
