import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { Log } from '../log.js';
import type { CustomerRef } from '../tickets/ticket.js';
import type { OutboundMessage } from '../bot/customer-messenger.js';
import type { TranscriptStore } from '../bot/transcript.js';
import type { HandoffQueue, HandoffRequest } from './handoff-request.js';
import { requestHandoff } from './request-handoff.js';
import type { LiveEvent, LiveEvents } from './live-events.js';
import { positionIn, type QueuePosition } from './expected-wait.js';
import { isStaffed, openingTime, type WorkingHours } from './working-hours.js';
import { HANDOFF_TEXT, handoffText, zoneName } from './handoff.messages.js';

/** Where the bot picks up when an agent gives the conversation back: Thank (survey) or Ask (a new problem). */
export type ResumeStep = 'thank' | 'ask';

/** Tells the bot where to resume on the customer's next message. Implemented in src/bot/ over conversation state. */
export interface BotResumer {
  resumeAt(customer: CustomerRef, step: ResumeStep): Promise<void>;
}

/** Reaches the customer on their own channel; CustomerMessenger, which also records the transcript. */
export interface CustomerReach {
  send(customer: CustomerRef, message: OutboundMessage): Promise<void>;
}

/** The person acting, as the staff API or the Slack desk authenticated them. */
export interface Agent {
  id: string;
  name?: string;
  /** Supervisors may write in or release a conversation another agent holds. */
  supervisor: boolean;
}

export interface HandoffPolicy {
  idleMs: number;
  minutesPerCustomer: number;
  workingHours?: WorkingHours;
  timeZone: string;
}

export interface HandoffServiceDeps {
  queue: HandoffQueue;
  transcripts: TranscriptStore;
  messenger: CustomerReach;
  events: LiveEvents;
  resumer: BotResumer;
  clock: Clock;
  policy: HandoffPolicy;
  log: Log;
}

export type HandoffAsk = Pick<HandoffRequest, 'conversationId' | 'customer' | 'language' | 'reason'>;

export interface HandoffOutcome extends QueuePosition {
  request: HandoffRequest;
  /** false outside working hours: the customer is offered a ticket or a callback instead of waiting. */
  staffed: boolean;
  /** What to tell the customer, honestly: the expected wait, or why nobody is there. */
  notice: string;
  suggestions: string[];
}

/** A queue entry for agents' screens. */
export interface QueueEntry extends QueuePosition {
  request: HandoffRequest;
}

/**
 * A person taking over a conversation and giving it back. The queue decides who holds what
 * (atomically, across processes); this adds the rules around it — who may write, what the customer
 * is told, live events for every screen, and idle conversations going back to the queue.
 */
export class HandoffService {
  constructor(private readonly deps: HandoffServiceDeps) {}

  async request(ask: HandoffAsk): Promise<HandoffOutcome> {
    const { clock, policy } = this.deps;
    const request = await requestHandoff(this.deps.queue, ask, clock);
    await this.#publish('handoff.requested', request.conversationId, { request });
    const position = positionIn(await this.deps.queue.list(), request.conversationId, clock.now(), policy.minutesPerCustomer);
    const staffed = isStaffed(clock.now(), policy.workingHours);
    const language = request.language;
    if (!staffed && policy.workingHours) {
      const hours = policy.workingHours;
      const notice = handoffText(language, HANDOFF_TEXT.afterHours, { hours: hours.text, zone: zoneName(hours.timeZone, language), opens: openingTime(hours) });
      return { ...position, request, staffed, notice, suggestions: [HANDOFF_TEXT.optionTicket[language], HANDOFF_TEXT.optionCallback[language]] };
    }
    const queued = handoffText(language, HANDOFF_TEXT.queued, { position: Math.max(position.position, 1), minutes: position.expectedWaitMinutes || 1 });
    const notice = request.priority === 'safety' ? `${HANDOFF_TEXT.safetyFirst[language]}\n${queued}` : queued;
    return { ...position, request, staffed, notice, suggestions: [] };
  }

  /** Waiting and held conversations, safety first, then repeat repairs, angry, normal; longest waiting first within each. */
  async list(): Promise<QueueEntry[]> {
    const queue = await this.deps.queue.list();
    const now = this.deps.clock.now();
    return queue.map((request) => ({ request, ...positionIn(queue, request.conversationId, now, this.deps.policy.minutesPerCustomer) }));
  }

  get(conversationId: string): Promise<HandoffRequest | undefined> {
    return this.deps.queue.get(conversationId);
  }

  /** HANDOFF_ALREADY_CLAIMED when someone else holds it; claiming one's own again changes nothing. */
  async claim(conversationId: string, agent: Agent): Promise<HandoffRequest> {
    const before = await this.deps.queue.get(conversationId);
    const held = await this.deps.queue.claim(conversationId, agent.id, this.deps.clock.now().toISOString());
    if (before?.claimedBy === agent.id) return held;
    await this.#publish('handoff.claimed', conversationId, { request: held, agentId: agent.id });
    await this.#tell(held, handoffText(held.language, HANDOFF_TEXT.agentJoined, { name: agent.name ?? '' }));
    return held;
  }

  /** The agent's words reach the customer on their channel and land in the transcript as `agent:<id>`. */
  async reply(conversationId: string, agent: Agent, text: string): Promise<void> {
    const request = await this.#heldBy(conversationId, agent);
    await this.deps.messenger.send(request.customer, { text, sender: { kind: 'agent', id: agent.id, name: agent.name }, language: request.language });
    await this.#publish('message.agent', conversationId, { agentId: agent.id, text, request });
  }

  /** Back to the bot, which resumes at `step` on the customer's next message. */
  async release(conversationId: string, agent: Agent, step: ResumeStep): Promise<void> {
    const request = await this.deps.queue.get(conversationId);
    if (!request) throw new AppError('HANDOFF_NOT_FOUND', undefined, { details: { conversationId } });
    this.#mayAct(request, agent);
    await this.deps.queue.release(conversationId);
    await this.deps.resumer.resumeAt(request.customer, step);
    const phrase = step === 'thank' ? HANDOFF_TEXT.releasedThank : HANDOFF_TEXT.releasedAsk;
    await this.#tell(request, handoffText(request.language, phrase), step === 'thank' ? ['5', '4', '3', '2', '1'] : undefined);
    await this.#publish('handoff.released', conversationId, { agentId: agent.id });
  }

  /** The customer chose something else (a ticket) before an agent took the conversation. */
  async withdraw(conversationId: string): Promise<void> {
    await this.deps.queue.release(conversationId);
    await this.#publish('handoff.released', conversationId, {});
  }

  get workingHours(): WorkingHours | undefined {
    return this.deps.policy.workingHours;
  }

  /** Relays a customer's message to agents' screens while the conversation is queued or held. */
  async customerWrote(request: HandoffRequest, text: string): Promise<void> {
    await this.#publish('message.customer', request.conversationId, { text, request });
  }

  /** Requeues held conversations whose agent has not written for idleMs; returns their ids. */
  async requeueIdle(): Promise<string[]> {
    const now = this.deps.clock.now().getTime();
    const requeued: string[] = [];
    for (const request of await this.deps.queue.list()) {
      if (!request.claimedBy || !request.claimedAt) continue;
      if (now - (await this.#lastAgentWordMs(request)) < this.deps.policy.idleMs) continue;
      const waiting = await this.deps.queue.requeue(request.conversationId, request.claimedBy);
      if (!waiting) continue;
      requeued.push(request.conversationId);
      this.deps.log.info({ conversationId: request.conversationId, agentId: request.claimedBy }, 'handoff.requeued');
      await this.#publish('handoff.requeued', request.conversationId, { agentId: request.claimedBy, request: waiting });
      await this.#tell(waiting, handoffText(waiting.language, HANDOFF_TEXT.requeued));
    }
    return requeued;
  }

  /** The claim itself counts as the agent's first word. The transcript is shared, so any process may judge. */
  async #lastAgentWordMs(request: HandoffRequest): Promise<number> {
    const from = `agent:${request.claimedBy}`;
    const recent = await this.deps.transcripts.read(request.conversationId, 50);
    const spoke = recent.filter((entry) => entry.from === from).map((entry) => Date.parse(entry.at));
    return Math.max(Date.parse(request.claimedAt ?? request.requestedAt), ...spoke);
  }

  async #heldBy(conversationId: string, agent: Agent): Promise<HandoffRequest> {
    const request = await this.deps.queue.get(conversationId);
    if (!request) throw new AppError('HANDOFF_NOT_FOUND', undefined, { details: { conversationId } });
    if (!request.claimedBy) throw new AppError('HANDOFF_NOT_HELD', undefined, { details: { conversationId } });
    this.#mayAct(request, agent);
    return request;
  }

  #mayAct(request: HandoffRequest, agent: Agent): void {
    if (request.claimedBy && request.claimedBy !== agent.id && !agent.supervisor) {
      throw new AppError('HANDOFF_ALREADY_CLAIMED', undefined, { details: { conversationId: request.conversationId, claimedBy: request.claimedBy } });
    }
  }

  /** Notices about the handoff itself are a courtesy: a channel without a proactive route must not undo the claim. */
  async #tell(request: HandoffRequest, text: string, suggestions?: string[]): Promise<void> {
    try {
      await this.deps.messenger.send(request.customer, { text, sender: { kind: 'bot' }, suggestions });
    } catch (err) {
      this.deps.log.warn({ code: 'CHANNEL_SEND_FAILED', conversationId: request.conversationId, channel: request.customer.channel, err }, 'handoff.notice.failed');
    }
  }

  async #publish(type: LiveEvent['type'], conversationId: string, fields: Omit<LiveEvent, 'type' | 'conversationId' | 'at'>): Promise<void> {
    await this.deps.events.publish({ type, conversationId, at: this.deps.clock.now().toISOString(), ...fields });
  }
}
