/**
 * Where a text-only WeChat channel (Wechaty, Official Account, WeCom customer service) keeps the numbered choices it last
 * showed a conversation (the prompt's words, which can name the customer). Its own file without
 * Wechaty imports, so the customer-data deletion can name the key in a deployment that never loads Wechaty.
 */
export const choicesKey = (channelId: string, conversationId: string): string => `${channelId}/choices/${conversationId}`;

/** Channels that keep choices under choicesKey: their conversations' extra state for a deletion. */
export const CHOICE_CHANNELS: ReadonlySet<string> = new Set(['wechat', 'wechat-oa', 'wecom-kf']);
