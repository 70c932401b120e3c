import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Which addresses are public, for every fetch or POST to a URL a stranger chose (photo checks,
 * outgoing webhooks): loopback, private (RFC 1918, unique-local), link-local (cloud metadata),
 * carrier-grade NAT, unspecified, multicast and reserved addresses are not. Checked on a URL's
 * literal address and again on every address its name resolves to when connecting
 * (`guardedLookup`), so a name that resolves, or later re-resolves, inward is refused too.
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

/** True for `localhost` or an address literal that is not public: a host on this machine or network. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && addressKind(host) !== 'public');
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for undici's `connect.lookup` that keeps only the addresses `allowed` accepts and
 * fails with an error of code `refusedCode` when none is left.
 */
export function guardedLookup(allowed: (address: string) => boolean, refusedCode: string) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const kept = addresses.filter((a) => allowed(a.address));
      if (kept.length === 0) {
        const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves only to addresses that may not be reached`);
        refused.code = refusedCode;
        return callback(refused, []);
      }
      if (options.all) return callback(null, kept);
      callback(null, kept[0]!.address, kept[0]!.family);
    });
  };
}
