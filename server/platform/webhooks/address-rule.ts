// Which IP addresses a webhook may reach. Only ordinary public unicast: loopback, private,
// link-local, unique-local, CGNAT, multicast, unspecified, documentation and the IPv6 ranges that
// embed an IPv4 address (mapped, NAT64, 6to4, Teredo) are refused, so that a webhook cannot be
// pointed at the server itself or at the network it runs in.
import ipaddr from 'ipaddr.js';

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  // ::ffff:127.0.0.1 is 127.0.0.1.
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  }
  return ip.range() === 'unicast';
}
