/** Browser-safe (no node:net): forms validate allow-list entries with the same rules as the server. */
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function ipFamily(address: string): 4 | 6 | 0 {
  if (IPV4.test(address)) return 4;
  if (!address.includes(":") || /[^0-9a-fA-F:.]/.test(address)) return 0;
  try {
    new URL(`http://[${address}]/`);
    return 6;
  } catch {
    return 0;
  }
}

/** True when `entry` is an IPv4/IPv6 address or CIDR range that the allow-list can hold. */
export function isValidIpEntry(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.trim().split("/");
  const family = ipFamily(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
