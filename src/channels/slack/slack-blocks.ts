import type { HandoffRequest } from '../../handoff/handoff-request.js';
import type { LiveEvent } from '../../handoff/live-events.js';

/** Button action ids; the value of each button is the conversation id. */
export const SLACK_ACTIONS = { claim: 'handoff_claim', release: 'handoff_release', close: 'handoff_close' } as const;

const PRIORITY_LABEL: Record<HandoffRequest['priority'], string> = {
  safety: ':rotating_light: safety', repeat: ':repeat: repeat repair', angry: ':rage: angry', normal: 'normal',
};

/** Slack mrkdwn treats &, < and > as markup: customers' words must arrive as plain text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The thread's first message: who is waiting and why, with Claim / Return to bot / Close. */
export function threadOpening(request: HandoffRequest): { text: string; blocks: unknown[] } {
  // Every field is escaped, fixed-set ones too: the channel name and ids come from outside, and a
  // `<!channel>` or `<https://…|…>` in any of them would ping the whole desk or plant a link.
  const [priority, reason, channel, language, conversationId] = [request.priority, request.reason, request.customer.channel, request.language, request.conversationId].map(escapeMrkdwn);
  const text = `Customer waiting (${priority}): ${conversationId}`;
  const facts = `*${PRIORITY_LABEL[request.priority]}* · ${reason} · ${channel} · ${language} · \`${conversationId}\``;
  const button = (label: string, actionId: string, style?: 'primary' | 'danger') => ({
    type: 'button', text: { type: 'plain_text', text: label }, action_id: actionId, value: request.conversationId, ...(style ? { style } : {}),
  });
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `:wave: A customer asked for a person.\n${facts}` } },
      { type: 'actions', elements: [
        button('Claim', SLACK_ACTIONS.claim, 'primary'),
        button('Return to bot', SLACK_ACTIONS.release),
        button('Close', SLACK_ACTIONS.close, 'danger'),
      ] },
    ],
  };
}

/** What a thread shows for each later event; undefined for events the thread does not mirror. */
export function threadLine(event: LiveEvent): string | undefined {
  const text = escapeMrkdwn(event.text ?? '');
  switch (event.type) {
    case 'message.customer': return `:bust_in_silhouette: *Customer:* ${text}`;
    // Agents writing in Slack already see their words in the thread; mirror only the console's.
    case 'message.agent': return event.agentId?.startsWith('slack:') ? undefined : `:headphones: *${escapeMrkdwn(event.agentId ?? 'agent')}:* ${text}`;
    case 'handoff.claimed': return `:raising_hand: Claimed by ${agentMention(event.agentId)}. The bot is silent now.`;
    case 'handoff.requeued': return `:hourglass: ${agentMention(event.agentId)} was idle; back in the queue.`;
    case 'handoff.released': return ':robot_face: Returned to the bot.';
    default: return undefined;
  }
}

function agentMention(agentId: string | undefined): string {
  if (!agentId) return 'someone';
  return agentId.startsWith('slack:') ? `<@${agentId.slice('slack:'.length)}>` : escapeMrkdwn(agentId);
}
