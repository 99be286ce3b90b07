import { isIP } from 'node:net';
import { AppError } from '../../errors.js';

/**
 * The channels that reach the bot by their own routes (web chat, WeChat, the Slack desk). An
 * anonymous Bot Framework caller names its channel itself, so it may never claim one of these: it
 * would be reading and writing those customers' conversations and tickets.
 */
export const FIRST_PARTY_CHANNELS: ReadonlySet<string> = new Set(['webchat', 'wechat', 'slack']);

interface AnonymousActivity {
  channelId: string;
  serviceUrl?: string;
  deliveryMode?: unknown;
}

/**
 * What an unauthenticated POST /api/messages may ask for: a channel that is not ours, and replies
 * either in the response (expectReplies) or at a loopback service URL (the Emulator listens on
 * localhost). Anything else would let any caller make the bot POST wherever it likes.
 */
export function refuseAnonymousActivity(activity: AnonymousActivity): AppError | undefined {
  if (FIRST_PARTY_CHANNELS.has(activity.channelId.toLowerCase())) {
    return new AppError('CHANNEL_IDENTITY_REFUSED', `Anonymous callers cannot speak for the ${activity.channelId} channel.`, {
      status: 403, details: { channel: activity.channelId },
    });
  }
  if (activity.deliveryMode === 'expectReplies') return undefined;
  if (!isLoopbackUrl(activity.serviceUrl)) {
    return new AppError('CHANNEL_SERVICE_URL_REFUSED', 'Without authentication, replies go only to a loopback serviceUrl or back in the response (deliveryMode "expectReplies").', {
      status: 400,
    });
  }
  return undefined;
}

export function isLoopbackUrl(text: string | undefined): boolean {
  if (!text) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}
