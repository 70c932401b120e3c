import { timingSafeEqual } from 'node:crypto';

export interface GatewayClient {
  name: string;
}

/** The client every request runs as when no gateway keys are configured (open local mode). */
export const LOCAL_CLIENT: GatewayClient = { name: 'local' };

/**
 * Who a bearer credential belongs to: the client, `null` for a missing credential, `false` for a
 * wrong one. Keys are compared in constant time. With no keys configured everyone is `local`.
 */
export function authenticate(authorization: string | null | undefined, clients: { name: string; key: string }[]): GatewayClient | null | false {
  if (clients.length === 0) return LOCAL_CLIENT;
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  let found: GatewayClient | false = false;
  for (const c of clients) {
    const key = Buffer.from(c.key);
    if (key.length === given.length && timingSafeEqual(key, given)) found = { name: c.name };
  }
  return found;
}
