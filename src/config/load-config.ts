import { AppError } from '../errors.js';
import { ConfigSchema, type Config } from './config-schema.js';

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
  return Object.freeze(parsed.data);
}
