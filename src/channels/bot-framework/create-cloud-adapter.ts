import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Config } from '../../config/config-schema.js';

/**
 * The Bot Framework channel at POST /api/messages. Without MicrosoftAppId the adapter accepts
 * anonymous requests (local tools, the Emulator); with it, every request must carry a valid
 * Bot Framework JWT — botbuilder's own validation, not ours.
 */
export function createCloudAdapter(config: Config): CloudAdapter {
  const settings = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings, credentials));
}
