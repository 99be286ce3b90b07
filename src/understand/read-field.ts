import { readAddress } from './address.js';
import { readModel } from './model.js';
import { readName } from './name.js';
import { readPhone } from './phone.js';
import { readPurchaseDate } from './purchase-date.js';
import type { Field, Reading, UnderstandContext } from './reading.js';
import { readVisitTime } from './visit-time.js';

/** One field's reader over normalised text: `text` keeps case (names, models), `lower` is for matching. */
export function readField(field: Field, text: string, lower: string, context: Pick<UnderstandContext, 'today' | 'region'>): Reading | undefined {
  switch (field) {
    case 'name': return readName(text);
    case 'phone': return readPhone(text, context.region);
    case 'model': return readModel(text);
    case 'purchase_date': return readPurchaseDate(lower, context.today);
    case 'address': return readAddress(text);
    case 'visit_time': return readVisitTime(lower, context.today);
  }
}
