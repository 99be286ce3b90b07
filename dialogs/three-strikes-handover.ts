import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import type { Ticket } from '../src/tickets/ticket.js';
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from './dialog-deps.js';
import { handOff } from './hand-off.js';
import { INTAKE } from './ticket-intake.messages.js';
import { AFTER_VISIT } from './after-visit.messages.js';
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

/**
 * 事不过三 on a reopen: when the customer says the repair failed and the ticket now carries the
 * three-strikes flag (its tickets and repeat repairs in the window reach three), a person takes the
 * conversation — with the three-strikes reason, so it is queued at the repeat priority — and the
 * customer is told so, after the reopen notice.
 */
export async function handOverRepeatRepair(context: TurnContext, deps: DialogDeps, ticket: Ticket): Promise<boolean> {
  const flag = ticket.supervisorFlag;
  if (flag?.reason !== 'three-strikes') return false;
  const strikes = Math.max(3, flag.ticketIds.length + (ticket.repeatRepairs ?? 0));
  await context.sendActivity(t(languageOf(context), AFTER_VISIT.reopenedThirdStrike, { id: ticket.id, strikes }));
  await handOff(context, deps, 'three-strikes');
  return true;
}
