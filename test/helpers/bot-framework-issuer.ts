import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

/** What Azure Bot Service's connector puts in a channel token (botbuilder checks iss, aud, serviceurl, the key's endorsements). */
export interface ChannelTokenClaims {
  appId: string;
  serviceUrl: string;
}

/**
 * A local stand-in for login.botframework.com: an OpenID metadata document and a key set with one
 * RSA key endorsed for the given channels, and tokens signed with it as the connector signs them.
 * botbuilder's own JWT validation runs against it unchanged (BOT_FRAMEWORK_OPENID_METADATA_URL).
 */
export class BotFrameworkIssuer {
  readonly #kid = randomUUID();
  readonly #keys: { privateKey: KeyObject; publicKey: KeyObject };
  #server?: Server;

  constructor(private readonly endorsements: string[]) {
    this.#keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  }

  /** Starts listening; returns the metadata URL. */
  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      const base = `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
      const jwk = this.#keys.publicKey.export({ format: 'jwk' });
      const body = request.url === '/v1/.well-known/openidconfiguration'
        ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : request.url === '/v1/keys' ? { keys: [{ kty: 'RSA', use: 'sig', kid: this.#kid, n: jwk.n, e: jwk.e, endorsements: this.endorsements }] } : undefined;
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  }

  /** `Bearer <jwt>` for one request, valid for an hour. */
  authorization(claims: ChannelTokenClaims): string {
    const now = Math.floor(Date.now() / 1000);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: this.#kid })}.${part({
      iss: 'https://api.botframework.com', aud: claims.appId, serviceurl: claims.serviceUrl, nbf: now - 60, exp: now + 3600,
    })}`;
    return `Bearer ${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), this.#keys.privateKey).toString('base64url')}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}
