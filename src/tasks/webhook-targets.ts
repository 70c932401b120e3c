import { BlockList, isIP } from 'node:net';

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

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** An IPv4 address an IPv6 one embeds (`::ffff:10.0.0.1`, `::ffff:a00:1`), else null. */
function mappedIpv4(address: string): string | null {
  const m = /^::ffff:(.+)$/i.exec(address);
  if (!m) return null;
  const rest = m[1]!;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return null;
  const hi = Number.parseInt(hex[1]!, 16);
  const lo = Number.parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** What kind of address this is, for the rule above. */
export function addressKind(address: string): 'public' | 'loopback' | 'private' {
  const v4 = mappedIpv4(address);
  const ip = v4 ?? address;
  const family = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null;
  if (!family) return 'private';
  if (LOOPBACK.check(ip, family)) return 'loopback';
  return PRIVATE.check(ip, family) ? 'private' : 'public';
}

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
