import { AppError } from '../errors.js';
import { ConfigSchema, type Config } from './config-schema.js';
import { wechatChannelProblems } from './wechat-channel-checks.js';

/**
 * The only reader of process.env. Reports every problem at once, with the variable to fix,
 * then freezes the result so nothing can change it after start-up.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('CONFIG_INVALID', `Invalid environment:\n  ${problems.join('\n  ')}`, {
      details: { problems },
    });
  }
  if (parsed.data.MicrosoftAppId && !parsed.data.MicrosoftAppPassword && parsed.data.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new AppError('CONFIG_INVALID', 'MicrosoftAppPassword is required when MicrosoftAppId is set (find it in the Azure Bot resource).', {
      details: { problems: ['MicrosoftAppPassword: required with MicrosoftAppId'] },
    });
  }
  // Half a model setting is a typo, not a choice: say so rather than run silently without the model.
  if (Boolean(parsed.data.LLM_BASE_URL) !== Boolean(parsed.data.LLM_MODEL)) {
    throw new AppError('CONFIG_INVALID', 'Set both LLM_BASE_URL and LLM_MODEL to use a language model, or neither (e.g. LLM_BASE_URL=http://localhost:11434/v1 LLM_MODEL=qwen2.5:7b).', {
      details: { problems: ['LLM_BASE_URL, LLM_MODEL: set both or neither'] },
    });
  }
  const wechatProblems = wechatChannelProblems(parsed.data);
  if (wechatProblems.length) {
    throw new AppError('CONFIG_INVALID', `Invalid environment:\n  ${wechatProblems.join('\n  ')}`, { details: { problems: wechatProblems } });
  }
  return Object.freeze(parsed.data);
}
