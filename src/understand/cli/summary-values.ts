import { normalize } from '../normalize.js';
import { readField } from '../read-field.js';
import type { Field } from '../reading.js';

/**
 * The summary prompt's labels (dialogs/ticket-intake.messages.ts, both languages) and the field each shows;
 * batches I, J and L print the purchase line as "Bought:", which must end the model's value as "Purchased:" does.
 */
const LABELS: ReadonlyArray<[Field, RegExp]> = [
  ['name', /姓名：|\bName: /], ['phone', /电话：|\bPhone: /], ['model', /型号：|\bModel: /],
  ['purchase_date', /购买时间：|\b(Purchased|Bought): /], ['address', /地址：|\bAddress: /], ['visit_time', /上门时间：|\bVisit: /],
];

/**
 * What a summary prompt showed the customer, in the layer's normal forms: the values the dialog
 * passes as `stored` at the summary, recovered from the prompt an item was answered at.
 */
export function storedOf(prompt: string | undefined, today: string, region: string): Partial<Record<Field, string>> | undefined {
  if (!prompt) return undefined;
  const starts = LABELS.map(([field, label]) => {
    const hit = label.exec(prompt);
    return { field, at: hit?.index ?? -1, from: (hit?.index ?? 0) + (hit?.[0].length ?? 0) };
  }).filter((s) => s.at >= 0).sort((a, b) => a.at - b.at);
  if (starts.length < 3) return undefined;
  const stored: Partial<Record<Field, string>> = {};
  starts.forEach((start, i) => {
    const shown = prompt.slice(start.from, starts[i + 1]?.at ?? prompt.length)
      .replace(/(。|\. Reply)[\s\S]*$/, '').replace(/[（(][^）)]*[）)]/g, '').trim();
    if (start.field === 'name' || start.field === 'address' || start.field === 'model') { stored[start.field] = shown; return; }
    const { text, lower } = normalize(shown);
    const reading = readField(start.field, text, lower, { today, region });
    if (reading?.kind === 'value') stored[start.field] = reading.value;
  });
  return stored;
}
