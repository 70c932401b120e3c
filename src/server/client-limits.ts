import { LOCAL_CLIENT, type GatewayClient } from './auth.ts';

/**
 * Per-client allowances of graphql-ws connections and open subscriptions (graphql-ws subscriptions
 * and SSE streams together), so that one client's fan-out cannot crowd out the others. A client is
 * the gateway key's client; in open mode (every request is `local`), the remote address.
 * Counts are per process: with replicas, each one allows this much.
 */
export class ClientLimits {
  readonly maxSockets: number;
  readonly maxSubscriptions: number;
  readonly #sockets = new Map<string, number>();
  readonly #subscriptions = new Map<string, number>();

  constructor(options: { maxSockets: number; maxSubscriptions: number }) {
    this.maxSockets = options.maxSockets;
    this.maxSubscriptions = options.maxSubscriptions;
  }

  /** Who is counted: the authenticated client, or in open mode the address it connects from. */
  static keyOf(client: GatewayClient, remoteAddress: string | undefined): string {
    return client === LOCAL_CLIENT ? `address ${remoteAddress ?? 'unknown'}` : `client ${client.name}`;
  }

  /** One connection for `key`: its release (idempotent), or null when the client has all it may. */
  acquireSocket(key: string): (() => void) | null {
    return acquire(this.#sockets, key, this.maxSockets);
  }

  /** One open subscription for `key`: its release (idempotent), or null when the client has all it may. */
  acquireSubscription(key: string): (() => void) | null {
    return acquire(this.#subscriptions, key, this.maxSubscriptions);
  }

  /** Open subscriptions of `key` now (for tests and metrics). */
  subscriptions(key: string): number {
    return this.#subscriptions.get(key) ?? 0;
  }
}

function acquire(counts: Map<string, number>, key: string, max: number): (() => void) | null {
  const n = counts.get(key) ?? 0;
  if (n >= max) return null;
  counts.set(key, n + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (counts.get(key) ?? 1) - 1;
    if (left <= 0) counts.delete(key);
    else counts.set(key, left);
  };
}
