"use client";

import { SearchPicker } from "@/components/forms/search-picker";
import { findPremisesForLinkAction } from "../actions";

type Found = { id: string; address: string; clients: string | null };

/** Search premises by address (street, house, number — each optional), account number or client. */
export function PremisePicker({ linkedIds, onPick }: { linkedIds: ReadonlySet<string>; onPick: (premise: Found) => void }) {
  return (
    <SearchPicker<Found>
      search={findPremisesForLinkAction}
      minLength={1}
      placeholder="Ленина 5 12"
      label="Адрес помещения"
      emptyText="Ничего не нашли. Помещение добавляют в разделе «Помещения»."
      takenIds={linkedIds}
      takenText="уже закреплено"
      onPick={onPick}
      render={(premise) => ({ title: premise.address, detail: premise.clients ?? "без клиентов" })}
    />
  );
}
