/**
 * Masks personal data in free text before it reaches a report or a log: phone numbers, e-mail,
 * ID-card numbers, a name the customer gives ("我叫…", "my name is …", "王女士"), and street
 * addresses. Rules err towards masking: a report loses a few words, never a customer's privacy.
 */

const RULES: readonly [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  // Mainland ID card: 17 digits and a check digit (or X).
  [/(?<!\d)\d{17}[\dXx](?!\d)/g, '[id]'],
  // Mainland mobiles (1[3-9] + 9 digits), landlines (0xx-xxxxxxxx), and international +… numbers.
  [/(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g, '[phone]'],
  [/(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)/g, '[phone]'],
  [/\+\d{1,3}(?:[\s-]?\d){6,14}/g, '[phone]'],
  // Chinese addresses: from the place name through the house or room number.
  [/[\u4e00-\u9fffA-Za-z0-9]*(?:省|市|区|县|镇)[\u4e00-\u9fffA-Za-z0-9\s#-]{0,40}?(?:号楼|号|室|栋|单元|弄)(?:[\u4e00-\u9fffA-Za-z0-9#-]{0,12}?(?:室|楼|层|号))?/g, '[address]'],
  [/(地址是|地址[:：]|住在)\s*[^，。,.!！?？\n]+/g, '$1[address]'],
  // English street addresses: "12 Baker Street", "500 W 5th Ave".
  [/\b\d{1,5}\s+(?:[A-Za-z0-9]+\s){1,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct)\b\.?/gi, '[address]'],
  [/((?:my address is|i live at|address:)\s*)[^,.;!?\n]+/gi, '$1[address]'],
  // Names the customer gives: 我叫张伟 / 我姓王; my name is Jane Doe / I'm Jane / this is Jane.
  [/(我叫|我的名字是|名字叫)\s*[\u4e00-\u9fff·]{2,3}/g, '$1[name]'],
  [/(我姓)[\u4e00-\u9fff]/g, '$1[name]'],
  // Case-sensitive on purpose: a capitalised word after "I am" is a name, "I am having" is not.
  [/\b([Mm]y name is|[Mm]y name's|I am|I'm|[Tt]his is|[Nn]ame:)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2}/g, '$1 [name]'],
  [/[\u4e00-\u9fff]{1,2}(先生|女士|小姐)/g, '[name]$1'],
];

export function maskPersonalData(text: string): string {
  let masked = text;
  for (const [pattern, replacement] of RULES) masked = masked.replace(pattern, replacement);
  return masked;
}
