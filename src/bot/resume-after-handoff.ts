import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { SUPPORT_DIALOG } from '../../dialogs/support-dialog.js';
import { SURVEY_DIALOG, readRating } from '../../dialogs/survey-dialog.js';
import { TICKET_INTAKE_DIALOG, type IntakeOptions } from '../../dialogs/ticket-intake-dialog.js';
import { matchChoice } from '../../dialogs/choices.js';
import { HANDOFF_TEXT, handoffText } from '../handoff/handoff.messages.js';
import type { TranscriptStore } from './transcript.js';
import type { ConversationProfile } from './conversation-profile.js';
import { detectInterruption, isGreetingOnly } from './recognize.js';
import { languageOf } from './turn-language.js';
import { turnConversationKey } from './conversation-key.js';

export interface ResumeDeps {
  transcripts: TranscriptStore;
  /** Takes the conversation out of the agents' queue when the customer chose a ticket instead. */
  withdraw(conversationId: string): Promise<void>;
  opensAt?: string;
}

/**
 * Acts on the note left by an agent's release or by the after-hours offer; true when the turn is
 * answered. Every path clears the note, so it applies to exactly one message.
 */
export async function resumeAfterHandoff(turn: TurnContext, dc: DialogContext, profile: ConversationProfile, deps: ResumeDeps): Promise<boolean> {
  const step = profile.resumeAt;
  if (!step) return false;
  delete profile.resumeAt;
  const text = (turn.activity.text ?? '').trim();
  if (step === 'after-hours') return afterHoursChoice(turn, dc, text, deps);
  await dc.cancelAllDialogs();
  // Thank: the rating question went out with the release; anything but a rating is a new problem.
  if (step === 'thank' && readRating(text) !== undefined) {
    await dc.beginDialog(SURVEY_DIALOG, { answer: text });
  } else {
    await dc.beginDialog(SUPPORT_DIALOG, { problem: isGreetingOnly(text) ? '' : text });
  }
  return true;
}

async function afterHoursChoice(turn: TurnContext, dc: DialogContext, text: string, deps: ResumeDeps): Promise<boolean> {
  const language = languageOf(turn);
  const choice = matchChoice(text, [
    { value: 'ticket', title: HANDOFF_TEXT.optionTicket[language] },
    { value: 'callback', title: HANDOFF_TEXT.optionCallback[language] },
  ])?.value ?? (/报修|工单|维修|上门|ticket|repair/i.test(text) ? 'ticket' : /回电|联系我|等|call ?back|later|wait/i.test(text) ? 'callback' : undefined);
  if (choice === 'callback') {
    await turn.sendActivity(handoffText(language, HANDOFF_TEXT.callbackKept, { opens: deps.opensAt ?? '' }));
    return true;
  }
  if (choice !== 'ticket') return false;
  const key = turnConversationKey(turn.activity);
  await deps.withdraw(key);
  await dc.cancelAllDialogs();
  const options: IntakeOptions = {
    problem: await lastProblem(deps.transcripts, key), models: [], stepsTried: 0, urgent: false, priorityApology: false,
  };
  await dc.beginDialog(TICKET_INTAKE_DIALOG, options);
  return true;
}

/** The customer's last real description before the handoff: not a greeting, a choice or "转人工". */
async function lastProblem(transcripts: TranscriptStore, key: string): Promise<string> {
  const entries = await transcripts.read(key, 50);
  const said = entries.filter((entry) => entry.from === 'customer').map((entry) => entry.text.trim());
  return said.reverse().find((text) => text.length >= 4 && !isGreetingOnly(text) && !detectInterruption(text)) ?? '';
}
