import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Server-side request forgery guard for outgoing webhooks: an admin-entered URL must not make the
 * server POST to itself, to the cloud metadata service (169.254.169.254) or into the private network.
 * `classifyAddress` is pure; `resolvePublicAddresses` resolves a host and refuses it when any of its
 * addresses is not public. It runs when an endpoint is saved and again before every delivery (the DNS
 * answer may have changed since: rebinding), and the delivery connects to the address it checked.
 */

export type AddressClass =
  | 'PUBLIC'
  | 'UNSPECIFIED'
  | 'LOOPBACK'
  | 'PRIVATE'
  | 'LINK_LOCAL'
  | 'UNIQUE_LOCAL'
  | 'SHARED'
  | 'MULTICAST'
  | 'RESERVED'
  | 'INVALID';

/** IPv4 ranges that are not the public internet, most specific first. */
const IPV4_RANGES: [string, number, AddressClass][] = [
  ['0.0.0.0', 8, 'UNSPECIFIED'], // "this network"; 0.0.0.0 reaches the local host on many systems
  ['10.0.0.0', 8, 'PRIVATE'],
  ['100.64.0.0', 10, 'SHARED'], // carrier-grade NAT
  ['127.0.0.0', 8, 'LOOPBACK'],
  ['169.254.0.0', 16, 'LINK_LOCAL'], // includes the cloud metadata service
  ['172.16.0.0', 12, 'PRIVATE'],
  ['192.0.0.0', 24, 'RESERVED'], // IETF protocol assignments
  ['192.0.2.0', 24, 'RESERVED'], // documentation
  ['192.168.0.0', 16, 'PRIVATE'],
  ['198.18.0.0', 15, 'RESERVED'], // benchmarking
  ['198.51.100.0', 24, 'RESERVED'], // documentation
  ['203.0.113.0', 24, 'RESERVED'], // documentation
  ['224.0.0.0', 4, 'MULTICAST'],
  ['240.0.0.0', 4, 'RESERVED'], // includes the broadcast address
];

function ipv4ToNumber(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

function classifyIPv4(value: number): AddressClass {
  for (const [base, bits, kind] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    const start = ipv4ToNumber(base) as number;
    if (value >= start && value < start + size) return kind;
  }
  return 'PUBLIC';
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part is accepted). */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = ipv4ToNumber(dotted[1]);
    if (v4 === null) return null;
    text = `${text.slice(0, -dotted[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(':') : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const numbers = groups.map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? Number.parseInt(g, 16) : Number.NaN));
  return numbers.some(Number.isNaN) ? null : numbers;
}

function classifyIPv6(groups: number[]): AddressClass {
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const zeroUpTo = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroUpTo(8)) return 'UNSPECIFIED';
  if (zeroUpTo(7) && g7 === 1) return 'LOOPBACK';
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 address is what is reached.
  if (zeroUpTo(5) && g5 === 0xffff) return classifyIPv4(g6 * 65536 + g7);
  // IPv4-compatible (deprecated) and NAT64 (64:ff9b::/96) embed an IPv4 address too.
  if (zeroUpTo(6)) return 'RESERVED';
  if (g0 === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) {
    return classifyIPv4(g6 * 65536 + g7);
  }
  if ((g0 & 0xffc0) === 0xfe80) return 'LINK_LOCAL';
  if ((g0 & 0xfe00) === 0xfc00) return 'UNIQUE_LOCAL';
  if ((g0 & 0xff00) === 0xff00) return 'MULTICAST';
  if (g0 === 0x2001 && groups[1] === 0x0db8) return 'RESERVED'; // documentation
  if ((g0 & 0xffc0) === 0xfec0) return 'RESERVED'; // deprecated site-local
  return 'PUBLIC';
}

/** What kind of address an IPv4 or IPv6 literal is; INVALID when it is neither. */
export function classifyAddress(ip: string): AddressClass {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const v4 = ipv4ToNumber(bare);
  if (v4 !== null) return classifyIPv4(v4);
  const groups = bare.includes(':') ? ipv6Groups(bare) : null;
  return groups ? classifyIPv6(groups) : 'INVALID';
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type HostCheck =
  | { ok: true; addresses: ResolvedAddress[] }
  | { ok: false; reason: 'UNRESOLVABLE' | 'NOT_PUBLIC'; message: string };

/**
 * Resolves `host` (a name or an IP literal, IPv6 in brackets as in URLs) to every address it has and
 * accepts it only when all of them are public, so a name cannot mix one public and one private answer.
 */
export async function resolvePublicAddresses(host: string): Promise<HostCheck> {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  let addresses: ResolvedAddress[];
  const literal = isIP(bare);
  if (literal) {
    addresses = [{ address: bare, family: literal as 4 | 6 }];
  } else {
    try {
      const found = await lookup(bare, { all: true, verbatim: true });
      addresses = found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) {
      return { ok: false, reason: 'UNRESOLVABLE', message: `The host ${bare} could not be resolved.` };
    }
  }
  const refused = addresses.find((a) => classifyAddress(a.address) !== 'PUBLIC');
  if (refused) {
    const kind = classifyAddress(refused.address).toLowerCase().replaceAll('_', '-');
    return {
      ok: false,
      reason: 'NOT_PUBLIC',
      message: `The host ${bare} resolves to a ${kind} address (${refused.address}); only public addresses are allowed (WEBHOOK_ALLOW_PRIVATE_URLS).`,
    };
  }
  return { ok: true, addresses };
}
