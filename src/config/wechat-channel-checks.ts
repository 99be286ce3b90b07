import type { Config } from './config-schema.js';

type Settings = Pick<Config, 'WECHAT_OA_ENABLED' | 'WECHAT_OA_APP_ID' | 'WECHAT_OA_APP_SECRET' | 'WECHAT_OA_TOKEN'
  | 'WECOM_KF_ENABLED' | 'WECOM_KF_CORP_ID' | 'WECOM_KF_SECRET' | 'WECOM_KF_TOKEN' | 'WECOM_KF_AES_KEY'>;

/** A WeChat channel switched on without its credentials: every missing variable, with where to find it. */
export function wechatChannelProblems(config: Settings): string[] {
  const problems: string[] = [];
  if (config.WECHAT_OA_ENABLED) {
    if (!config.WECHAT_OA_APP_ID) problems.push('WECHAT_OA_APP_ID: required with WECHAT_OA_ENABLED (Official Account admin console → 设置与开发 → 基本配置 → 开发者ID)');
    if (!config.WECHAT_OA_APP_SECRET) problems.push('WECHAT_OA_APP_SECRET: required with WECHAT_OA_ENABLED (same page → 开发者密码)');
    if (!config.WECHAT_OA_TOKEN) problems.push('WECHAT_OA_TOKEN: required with WECHAT_OA_ENABLED (the Token you type under 服务器配置)');
  }
  if (config.WECOM_KF_ENABLED) {
    if (!config.WECOM_KF_CORP_ID) problems.push('WECOM_KF_CORP_ID: required with WECOM_KF_ENABLED (WeCom admin console → 我的企业 → 企业信息 → 企业ID)');
    if (!config.WECOM_KF_SECRET) problems.push('WECOM_KF_SECRET: required with WECOM_KF_ENABLED (the Secret of the app listed under 微信客服 → API → 可调用接口的应用)');
    if (!config.WECOM_KF_TOKEN) problems.push('WECOM_KF_TOKEN: required with WECOM_KF_ENABLED (the Token set under 微信客服 → API → 接收事件服务器)');
    // WeCom encrypts every callback; there is no plain mode to fall back to.
    if (!config.WECOM_KF_AES_KEY) problems.push('WECOM_KF_AES_KEY: required with WECOM_KF_ENABLED (the EncodingAESKey beside that Token)');
  }
  return problems;
}
