import { detectQuestion } from './intents.js';
import { normalize } from './normalize.js';
import type { Reading } from './reading.js';
import { askingPart } from './yes-no.js';

/**
 * A yes, with the question asked beside it ("可以。检测大概多久？", "ok fine, go ahead. how long till
 * the engineer gets here?"). The customer has answered and asked: the dialog takes the yes and
 * answers the question first, so neither waits for the other.
 */
export function yesAsking(text: string): Reading {
  const part = askingPart(text.toLowerCase());
  const asked = part ? detectQuestion(normalize(part).lower) : undefined;
  return asked?.kind === 'question' ? { kind: 'yes', asks: asked.topic } : { kind: 'yes' };
}
