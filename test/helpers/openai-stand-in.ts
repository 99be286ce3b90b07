import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
}

export interface StandInBehaviour {
  /** Answer with this HTTP status and an OpenAI-style error body instead of a completion. */
  failStatus?: number;
  /** Wait this long before answering; Infinity holds the request until close(). */
  delayMs?: number;
}

/**
 * A local server speaking the OpenAI chat-completions protocol (POST {baseUrl}/chat/completions),
 * answering with canned completions chosen by the prompt's content. Nothing leaves loopback.
 */
export interface OpenAiStandIn {
  /** What LLM_BASE_URL is set to: http://127.0.0.1:<port>/v1 */
  baseUrl: string;
  /** Every request received, in order. */
  requests: ChatRequest[];
  /** Requests answered neither yet nor ever (held by delayMs). */
  readonly pending: number;
  /** The first rule whose pattern occurs in the request's last message wins; unmatched prompts get a 500. */
  reply(pattern: string | RegExp, content: string): void;
  behave(behaviour: StandInBehaviour): void;
  close(): Promise<void>;
}

function completion(model: string, content: string) {
  return {
    id: `chatcmpl-stand-in-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<ChatRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
}

export async function startOpenAiStandIn(): Promise<OpenAiStandIn> {
  const rules: { pattern: string | RegExp; content: string }[] = [];
  const requests: ChatRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let behaviour: StandInBehaviour = {};
  let pending = 0;

  function answer(res: ServerResponse, body: ChatRequest): void {
    if (behaviour.failStatus) {
      sendJson(res, behaviour.failStatus, { error: { message: 'stand-in failure', type: 'server_error', code: null } });
      return;
    }
    const prompt = body.messages.at(-1)?.content ?? '';
    const rule = rules.find(({ pattern }) => (typeof pattern === 'string' ? prompt.includes(pattern) : pattern.test(prompt)));
    if (!rule) sendJson(res, 500, { error: { message: `no canned completion for: ${prompt.slice(0, 200)}`, type: 'server_error', code: null } });
    else sendJson(res, 200, completion(body.model, rule.content));
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return sendJson(res, 404, { error: { message: 'not found' } });
      const body = await readJson(req);
      requests.push(body);
      const delayMs = behaviour.delayMs ?? 0;
      if (delayMs === Infinity) {
        pending++;
        return;
      }
      if (delayMs === 0) return answer(res, body);
      pending++;
      const timer = setTimeout(() => {
        timers.delete(timer);
        pending--;
        if (!res.destroyed) answer(res, body);
      }, delayMs);
      timers.add(timer);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    get pending() { return pending; },
    reply(pattern, content) { rules.push({ pattern, content }); },
    behave(next) { behaviour = next; },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
