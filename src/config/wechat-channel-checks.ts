import type { Config } from './config-schema.js';

type Settings = Pick<Config, 'WECHAT_OA_ENABLED' | 'WECHAT_OA_APP_ID' | 'WECHAT_OA_APP_SECRET' | 'WECHAT_OA_TOKEN'>;

/** A WeChat channel switched on without its credentials: every missing variable, with where to find it. */
export function wechatChannelProblems(config: Settings): string[] {
  const problems: string[] = [];
  if (config.WECHAT_OA_ENABLED) {
    if (!config.WECHAT_OA_APP_ID) problems.push('WECHAT_OA_APP_ID: required with WECHAT_OA_ENABLED (Official Account admin console → 设置与开发 → 基本配置 → 开发者ID)');
    if (!config.WECHAT_OA_APP_SECRET) problems.push('WECHAT_OA_APP_SECRET: required with WECHAT_OA_ENABLED (same page → 开发者密码)');
    if (!config.WECHAT_OA_TOKEN) problems.push('WECHAT_OA_TOKEN: required with WECHAT_OA_ENABLED (the Token you type under 服务器配置)');
  }
  return problems;
}
