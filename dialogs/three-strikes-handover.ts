import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import type { Ticket } from '../src/tickets/ticket.js';
import type { DialogDeps } from './dialog-deps.js';
import { handOff } from './hand-off.js';
import { INTAKE } from './ticket-intake.messages.js';
import { t } from './text.js';

/**
 * 事不过三: a customer on their third ticket in the window talks to a person, and is told so plainly.
 * Ends the intake with `handedOff`, so the script skips the survey and the upsell.
 */
export async function handOverThreeStrikes(step: WaterfallStepContext, deps: DialogDeps, ticket: Ticket): Promise<DialogTurnResult> {
  const language = languageOf(step.context);
  const count = ticket.supervisorFlag?.ticketIds.length ?? 3;
  await step.context.sendActivity(t(language, INTAKE.threeStrikes, { count, days: deps.policy.threeStrikesWindowDays ?? 0 }));
  // Through the desk, so agents' screens and Slack hear of it and the customer is told the wait.
  await handOff(step.context, deps, 'three-strikes');
  return step.endDialog({ ticketId: ticket.id, handedOff: true });
}
