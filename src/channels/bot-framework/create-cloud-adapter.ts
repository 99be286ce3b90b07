import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import { AuthenticationConstants, ConnectorFactory, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import { CallerIdConstants, type Activity } from 'botbuilder';
import type { Config } from '../../config/config-schema.js';

/**
 * The Bot Framework channel at POST /api/messages. With MicrosoftAppId every request must carry a
 * valid Bot Framework JWT — botbuilder's own validation, including its check that the service URL is
 * the one the token was issued for. Without it the adapter accepts anonymous requests, which the
 * route serves only when BOT_FRAMEWORK_ANONYMOUS says so (bot-framework-guard.ts).
 */
export function createCloudAdapter(config: Config): CloudAdapter {
  const settings = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...(config.BOT_FRAMEWORK_OPENID_METADATA_URL ? publicCloudWithKeysAt(config.BOT_FRAMEWORK_OPENID_METADATA_URL) : {}),
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  return new CloudAdapter(new BoundedConnectorAuthentication(settings, credentials, config.BOT_FRAMEWORK_SEND_TIMEOUT_MS));
}

/**
 * botbuilder takes any one endpoint setting as "all are given" (BotFrameworkAuthenticationFactory), so
 * moving where the channel's signing keys are read means naming the public cloud's other endpoints too.
 */
function publicCloudWithKeysAt(openIdMetadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** The connector clients botbuilder creates, with every outgoing call bounded (see BoundedConnectorFactory). */
class BoundedConnectorAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentials: ConfigurationServiceClientCredentialFactory,
    private readonly timeoutMs: number,
  ) {
    super(settings, credentials);
  }

  /** Turns get their connector factory from here (CloudAdapter.process), proactive sends from createConnectorFactory. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (result.connectorFactory) result.connectorFactory = new BoundedConnectorFactory(result.connectorFactory, this.timeoutMs);
    return result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new BoundedConnectorFactory(super.createConnectorFactory(claimsIdentity), this.timeoutMs);
  }
}

interface PipelineHolder {
  client?: { pipeline?: { removePolicy(filter: { name?: string; phase?: string }): unknown; addPolicy(policy: unknown): void } };
}

/**
 * Azure's default pipeline retries a failing call up to three times with back-off and follows up to
 * 20 redirects, and sets no timeout: one reply to a service URL that answers 503 became 8 POSTs over
 * 10 s, and one that never answers held the customer's request for minutes. A reply that fails here is
 * the turn's error, reported once; the channel retries the whole activity if it wants to.
 */
class BoundedConnectorFactory extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory, private readonly timeoutMs: number) {
    super();
  }

  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const connector = await this.inner.create(serviceUrl, audience);
    const pipeline = (connector as unknown as PipelineHolder).client?.pipeline;
    if (pipeline) {
      pipeline.removePolicy({ phase: 'Retry' });
      pipeline.removePolicy({ name: 'redirectPolicy' });
      const timeoutMs = this.timeoutMs;
      pipeline.addPolicy({
        name: 'osbSendTimeout',
        sendRequest: (request: { timeout: number }, next: (request: unknown) => Promise<unknown>) => {
          request.timeout = timeoutMs;
          return next(request);
        },
      });
    }
    return connector;
  }
}
