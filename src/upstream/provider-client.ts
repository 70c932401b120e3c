import { UpstreamHttp, type UpstreamHttpOptions } from './http.ts';
import type { ProviderId } from '../tasks/provider.ts';

/** What every provider client shares: its connection pool to the provider's origin, and shutting it down. */
export abstract class ProviderClient {
  protected readonly http: UpstreamHttp;

  constructor(provider: ProviderId, options: Omit<UpstreamHttpOptions, 'provider'>) {
    this.http = new UpstreamHttp({ ...options, provider });
  }

  /** Aborts requests in flight: for a stop that must not wait for a slow provider. */
  destroy(): Promise<void> {
    return this.http.destroy();
  }
}
