import { isIP } from 'node:net';
import { isNonPublicAddress } from './photo-inspector.ts';

/** True for `localhost` and a private, loopback or link-local address literal: a provider there is on our own network (an emulator). */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && isNonPublicAddress(host));
}
