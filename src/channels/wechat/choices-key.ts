/**
 * Where the WeChat adapter keeps the numbered choices it last showed a conversation (the prompt's
 * words, which can name the customer). Its own file without Wechaty imports, so the customer-data
 * deletion can name the key in a web-only deployment that never loads Wechaty.
 */
export const wechatChoicesKey = (conversationId: string): string => `wechat/choices/${conversationId}`;
