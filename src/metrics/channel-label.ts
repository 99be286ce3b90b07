/**
 * The channel label's whole range. Channel ids arrive in activities, so a caller could name any;
 * every value a label takes is a time series Prometheus keeps, so an unknown id counts as `other`
 * (1,000 made-up ids made 1,004 series and a 480 KB page before this). Ids: ours (webchat, wechat,
 * slack) and Azure Bot Service's channels, https://learn.microsoft.com/azure/bot-service/bot-service-channels-reference
 */
const CHANNELS = new Set([
  'webchat', 'wechat', 'slack', 'msteams', 'directline', 'emulator', 'test', 'facebook', 'telegram', 'line', 'email', 'sms',
  'telephony', 'skype', 'kik', 'groupme', 'omnichannel', 'alexa',
]);

export function channelLabel(channelId: string | undefined): string {
  return channelId && CHANNELS.has(channelId) ? channelId : 'other';
}
