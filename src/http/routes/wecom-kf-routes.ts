import type { FastifyInstance } from 'fastify';
import type { KfCallbackQuery } from '../../channels/wecom-kf/kf-callback.js';
import type { WecomKfChannel } from '../../channels/wecom-kf/start-wecom-kf-channel.js';

/** The URL set in the WeCom admin console (应用管理 → 微信客服 → API → 接收事件服务器). */
export const WECOM_KF_PATH = '/wecom/kf';

/**
 * WeCom's callback. The body is encrypted XML, read as a string in this scope only; a bad
 * signature is 401 by the channel's AppError. The callback carries no message: the answer goes
 * back at once and the messages are pulled with sync_msg after it.
 */
export function registerWecomKfRoutes(app: FastifyInstance, channel: WecomKfChannel): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.get(WECOM_KF_PATH, async (request, reply) => {
      reply.type('text/plain');
      return channel.verifyUrl(request.query as KfCallbackQuery);
    });
    scope.post(WECOM_KF_PATH, async (request, reply) => {
      channel.handleCallback(request.query as KfCallbackQuery, typeof request.body === 'string' ? request.body : '');
      reply.type('text/plain');
      return 'success';
    });
  });
}
