import type { FastifyInstance } from 'fastify';
import type { OfficialAccountChannel } from '../../channels/wechat-official/start-official-account-channel.js';
import type { PushQuery } from '../../channels/wechat-official/push-envelope.js';

/** The URL typed into the Official Account admin console (设置与开发 → 基本配置 → 服务器配置). */
export const WECHAT_OFFICIAL_PATH = '/wechat/official-account';

/**
 * WeChat's push endpoint. The body is XML and read as a string in this scope only; a bad
 * signature is 401 by the channel's AppError. Once the response has left, the rest of the turn's
 * texts go through the customer-service API, so they cannot overtake the passive reply.
 */
export function registerWechatOfficialRoutes(app: FastifyInstance, channel: OfficialAccountChannel): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.get(WECHAT_OFFICIAL_PATH, async (request, reply) => {
      reply.type('text/plain');
      return channel.verifyUrl(request.query as PushQuery);
    });
    scope.post(WECHAT_OFFICIAL_PATH, async (request, reply) => {
      const answer = await channel.handlePush(request.query as PushQuery, typeof request.body === 'string' ? request.body : '');
      reply.raw.once('finish', answer.release);
      reply.raw.once('close', answer.release);
      reply.type(answer.contentType);
      return answer.body;
    });
  });
}
