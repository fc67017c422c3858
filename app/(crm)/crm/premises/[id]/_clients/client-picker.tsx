"use client";

import { SearchPicker } from "@/components/forms/search-picker";
import type { FoundClient } from "@/lib/registry/clients/find-clients";
import { findClientsForLinkAction } from "./actions";

/** Search by name or phone in any format (+7…, 8…, a fragment) and pick one of the results. */
export function ClientPicker({ linkedIds, onPick }: { linkedIds: ReadonlySet<string>; onPick: (client: FoundClient) => void }) {
  return (
    <SearchPicker
      search={findClientsForLinkAction}
      minLength={2}
      placeholder="ФИО или телефон"
      label="ФИО или телефон клиента"
      emptyText="Никого не нашли. Клиента можно добавить в разделе «Клиенты»."
      takenIds={linkedIds}
      takenText="уже закреплён"
      onPick={onPick}
      render={(client) => ({ title: client.name, detail: client.phone })}
    />
  );
}
