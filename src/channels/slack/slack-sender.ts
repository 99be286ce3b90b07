/**
 * The Slack user a request acts for, read from the body Slack signed: `event.user` in an Events API
 * callback (JSON), `user.id` in an interaction (form-encoded `payload`). Undefined for what no user
 * sends (url_verification, a bot's own message).
 */
export function slackSenderOf(body: string, contentType: string | undefined): string | undefined {
  try {
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const payload = new URLSearchParams(body).get('payload');
      const parsed = payload ? (JSON.parse(payload) as { user?: { id?: unknown } }) : undefined;
      return typeof parsed?.user?.id === 'string' ? parsed.user.id : undefined;
    }
    const parsed = JSON.parse(body) as { event?: { user?: unknown } };
    return typeof parsed.event?.user === 'string' ? parsed.event.user : undefined;
  } catch {
    return undefined;
  }
}
