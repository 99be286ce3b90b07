import { createHash } from 'node:crypto';
import { App, HTTPReceiver, LogLevel, type BlockAction, type ButtonAction } from '@slack/bolt';
import { AppError, isAppError } from '../../errors.js';
import type { Log } from '../../log.js';
import type { Agent, HandoffService } from '../../handoff/handoff-service.js';
import type { LiveEvent, LiveEvents } from '../../handoff/live-events.js';
import { SLACK_ACTIONS, threadLine, threadOpening } from './slack-blocks.js';
import type { SlackThreads } from './slack-threads.js';

export interface SlackDeskOptions {
  botToken: string;
  signingSecret: string;
  channelId: string;
  /** Slack Web API base, e.g. https://slack.com/api/; tests use a local stand-in. */
  apiUrl: string;
  /** The path our HTTP server forwards to bolt (slack-routes.ts). */
  endpoint: string;
}

export interface SlackDeskDeps {
  service: HandoffService;
  events: LiveEvents;
  threads: SlackThreads;
  log: Log;
}

/**
 * The agents' desk in Slack: each handed-off conversation is a thread in one channel, with Claim /
 * Return to bot / Close; agents' replies in the thread reach the customer, and customers' messages
 * appear in it. Only translation happens here — who may do what is HandoffService's to decide.
 * Bolt's HTTPReceiver verifies every request with the signing secret; its request listener is
 * mounted on our own HTTP server (slack-routes.ts), so the desk needs no port of its own.
 */
export class SlackDesk {
  readonly receiver: HTTPReceiver;
  readonly #app: App;
  readonly #unsubscribe: () => void;

  constructor(private readonly options: SlackDeskOptions, private readonly deps: SlackDeskDeps) {
    this.receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: options.endpoint,
      logLevel: LogLevel.ERROR,
      // Errors are answered 500 by bolt and logged by us; the customer never sees Slack's failures.
      processEventErrorHandler: async ({ error, response }) => {
        deps.log.error({ code: 'CHANNEL_SEND_FAILED', channel: 'slack', err: error }, 'slack.event.failed');
        if (!response.headersSent) { response.writeHead(500); response.end(); }
        return true;
      },
    });
    this.#app = new App({
      token: options.botToken,
      receiver: this.receiver,
      clientOptions: { slackApiUrl: options.apiUrl },
      logLevel: LogLevel.ERROR,
    });
    this.#registerActions();
    this.#registerThreadReplies();
    this.#unsubscribe = deps.events.subscribe((event) => {
      this.#mirror(event).catch((err) => deps.log.error({ code: 'CHANNEL_SEND_FAILED', channel: 'slack', conversationId: event.conversationId, err }, 'slack.post.failed'));
    });
  }

  close(): void {
    this.#unsubscribe();
  }

  #registerActions(): void {
    const handle = (actionId: string, run: (conversationId: string, agent: Agent) => Promise<unknown>) => {
      this.#app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action }) => {
        await ack();
        await this.#explainRefusal(action.value ?? '', () => run(action.value ?? '', slackAgent(body.user)));
      });
    };
    handle(SLACK_ACTIONS.claim, (id, agent) => this.deps.service.claim(id, agent));
    handle(SLACK_ACTIONS.release, (id, agent) => this.deps.service.release(id, agent, 'ask'));
    // Close: the agent is done; the bot thanks the customer and asks for a rating (Thank step).
    handle(SLACK_ACTIONS.close, (id, agent) => this.deps.service.release(id, agent, 'thank'));
  }

  #registerThreadReplies(): void {
    this.#app.message(async ({ message }) => {
      if (message.subtype !== undefined || !('thread_ts' in message) || !message.thread_ts || message.channel !== this.options.channelId) return;
      if (!message.text?.trim() || message.bot_id) return;
      const conversationId = await this.deps.threads.conversationOf(message.thread_ts);
      if (!conversationId) return;
      const agent = slackAgent({ id: message.user });
      await this.#explainRefusal(conversationId, async () => {
        // Writing in the thread of a waiting conversation is taking it: one step fewer for the agent.
        if (!(await this.deps.service.get(conversationId))?.claimedBy) await this.deps.service.claim(conversationId, agent);
        await this.deps.service.reply(conversationId, agent, message.text!.trim());
      });
    });
  }

  /** A refused claim or reply is said in the thread, where the agent looks; other failures propagate. */
  async #explainRefusal(conversationId: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (err) {
      if (!isAppError(err, 'HANDOFF_ALREADY_CLAIMED') && !isAppError(err, 'HANDOFF_NOT_FOUND') && !isAppError(err, 'HANDOFF_NOT_HELD')) throw err;
      const why = err.code === 'HANDOFF_ALREADY_CLAIMED' ? `another agent (${String(err.details?.claimedBy ?? '')}) holds it` : 'it is no longer waiting for a person';
      await this.#postInThread(conversationId, `:no_entry: Not done: ${why}.`);
    }
  }

  async #mirror(event: LiveEvent): Promise<void> {
    if (event.type === 'handoff.requested' && event.request) {
      if (!(await this.deps.threads.once(`open:${event.conversationId}:${event.request.requestedAt}`))) return;
      const opening = threadOpening(event.request);
      const posted = await this.#app.client.chat.postMessage({ channel: this.options.channelId, ...opening, blocks: opening.blocks as never });
      if (!posted.ts) throw new AppError('CHANNEL_SEND_FAILED', 'Slack did not return the thread timestamp.', { details: { channel: 'slack' } });
      await this.deps.threads.remember(event.conversationId, posted.ts);
      return;
    }
    const line = threadLine(event);
    if (!line) return;
    const digest = createHash('sha256').update(`${event.type}|${event.at}|${event.agentId ?? ''}|${event.text ?? ''}`).digest('base64url');
    if (!(await this.deps.threads.once(`line:${event.conversationId}:${digest}`))) return;
    await this.#postInThread(event.conversationId, line);
  }

  async #postInThread(conversationId: string, text: string): Promise<void> {
    const threadTs = await this.deps.threads.threadOf(conversationId);
    if (!threadTs) return;
    await this.#app.client.chat.postMessage({ channel: this.options.channelId, thread_ts: threadTs, text });
  }
}

/** Slack users act as agents named `slack:<user id>`; membership of the desk channel is the agent role. */
function slackAgent(user: { id?: string; name?: string; username?: string }): Agent {
  return { id: `slack:${user.id ?? 'unknown'}`, name: user.name ?? user.username, supervisor: false };
}
