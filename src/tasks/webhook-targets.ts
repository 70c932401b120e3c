import { isIP } from 'node:net';
import { addressKind } from '../shared/addresses.ts';

/**
 * Where outgoing webhooks may go. A client's endpoint or a task's `callbackUrl` is chosen by a
 * client, so without a rule a client could make the gateway POST into the network it runs in
 * (its cloud metadata service, a database's HTTP port, an admin page on loopback). Refused:
 * loopback, private (RFC 1918, unique-local), link-local, carrier-grade NAT, unspecified,
 * multicast and reserved addresses. Loopback is allowed when `allowLoopback` (open mode, or a
 * gateway running the in-process sandbox: a development machine).
 *
 * Checked twice: on the URL when it is configured or given (a literal address, or `localhost`),
 * and on every address a host name resolves to when a delivery connects (`http-sender.ts`), so
 * a name that resolves, or later re-resolves, to a private address is refused too.
 */

/** Whether a delivery may connect to `address` (an IP address, as resolved). */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  const kind = addressKind(address);
  return kind === 'public' || (kind === 'loopback' && allowLoopback);
}

/**
 * Why `url` may not receive webhooks, judged from the URL alone (a host name is checked again
 * when it is resolved), or null when it may. `url` is already an absolute http(s) URL.
 */
export function targetProblem(url: string, allowLoopback: boolean): { code: string; message: string } | null {
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    return { code: 'URL_CREDENTIALS', message: 'must not contain a user name or password' };
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const localhost = host === 'localhost' || host.endsWith('.localhost');
  const kind = localhost ? 'loopback' : isIP(host) ? addressKind(host) : 'public';
  if (kind === 'public' || (kind === 'loopback' && allowLoopback)) return null;
  return {
    code: 'PRIVATE_ADDRESS',
    message:
      kind === 'loopback'
        ? 'must not be a loopback address (allowed only in open mode or with the in-process sandbox)'
        : 'must not be a private, link-local or reserved address',
  };
}
