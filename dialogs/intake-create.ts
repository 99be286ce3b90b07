import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { isAppError } from '../src/errors.js';
import { addDays } from '../src/tickets/local-date.js';
import { openTicket } from '../src/tickets/open-ticket.js';
import { customerOf, type DialogDeps } from './dialog-deps.js';
import { formatSlot } from './format-slot.js';
import { regionOf } from './intake-fields.js';
import type { IntakeResult, IntakeState } from './ticket-intake-dialog.js';
import { handOverThreeStrikes } from './three-strikes-handover.js';
import { INTAKE } from './ticket-intake.messages.js';
import { t } from './text.js';

/** Stores the confirmed intake as a ticket and says so; a store outage keeps everything for a retry. */
export async function createIntakeTicket(
  step: WaterfallStepContext, state: IntakeState, deps: DialogDeps, today: string, warranty: 'in' | 'out' | 'unknown',
  retry: () => Promise<DialogTurnResult>,
): Promise<DialogTurnResult> {
  const language = languageOf(step.context);
  const { values } = state;
  const profile = await deps.profile.get(step.context, {});
  const variant = state.product && profile.variants?.[state.product];
  try {
    const ticket = await openTicket({
      customer: customerOf(step.context),
      language,
      name: values.name!,
      phone: values.phone!,
      product: state.product ?? 'general',
      model: values.model ?? 'unknown',
      ...(variant && variant !== 'unsure' ? { variant } : {}),
      purchaseDate: values.purchaseDate === 'unknown' ? undefined : values.purchaseDate,
      warranty,
      quoteAccepted: state.quoteAccepted ?? false,
      address: values.address!,
      region: regionOf(values.address!),
      // A visit left open is arranged by the engineer's call; tomorrow morning holds the place.
      visit: values.visit ?? { date: state.urgent ? today : addDays(today, 1), period: 'morning' },
      problem: state.problem.slice(0, 2000),
      articleId: state.articleId,
      stepsTried: state.stepsTried,
      priority: state.urgent ? 'urgent' : 'normal',
      idempotencyKey: `${step.context.activity.conversation.id}:${state.intakeId}`,
    }, { store: deps.tickets, clock: deps.clock, sla: deps.policy.sla, timeZone: deps.policy.timeZone,
      schedule: deps.slaSchedule, threeStrikesWindowDays: deps.policy.threeStrikesWindowDays });
    profile.ticketIds = [...new Set([...(profile.ticketIds ?? []), ticket.id])];
    const { sla } = deps.policy;
    const message = state.urgent
      ? t(language, INTAKE.createdUrgent, { id: ticket.id, responseHours: sla.responseHours, onSiteHours: sla.onSiteHours / 2 })
      : t(language, INTAKE.created, {
        id: ticket.id,
        responseHours: sla.responseHours,
        visit: formatSlot(ticket.visit, language),
        warrantyNote: t(language, warranty === 'out' ? INTAKE.noteQuote : warranty === 'in' ? INTAKE.noteFree : INTAKE.noteUnknown),
      });
    await step.context.sendActivity(message);
    if (ticket.supervisorFlag) return handOverThreeStrikes(step, deps, ticket);
    return step.endDialog({ ticketId: ticket.id } satisfies IntakeResult);
  } catch (err) {
    if (!isAppError(err, 'STORE_UNAVAILABLE')) throw err;
    await step.context.sendActivity(t(language, INTAKE.storeDown));
    return retry();
  }
}
