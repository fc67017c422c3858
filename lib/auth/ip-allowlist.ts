import { BlockList, isIP } from "node:net";

function toBlockList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.trim().split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** An empty allow-list allows every address; otherwise an unknown address is refused. */
export function isIpAllowed(ip: string | null | undefined, allowlist: readonly string[]): boolean {
  if (allowlist.length === 0) return true;
  if (!ip) return false;
  const address = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  const family = isIP(address);
  if (!family) return false;
  return toBlockList(allowlist).check(address, family === 6 ? "ipv6" : "ipv4");
}
