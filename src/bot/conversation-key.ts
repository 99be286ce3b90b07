/**
 * What transcripts and handoff requests are keyed by: the channel and the conversation together.
 * Conversation ids are only unique within a channel, and an anonymous Bot Framework caller chooses
 * its own, so a bare id would let one channel's caller read or write another channel's customer.
 */
export function conversationKey(channel: string, conversationId: string): string {
  return `${channel}:${conversationId}`;
}

/** The key of the conversation a turn belongs to. */
export function turnConversationKey(activity: { channelId: string; conversation: { id: string } }): string {
  return conversationKey(activity.channelId, activity.conversation.id);
}
