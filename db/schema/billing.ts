import { bigint, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { organisations } from "./org";
import { personalAccounts } from "./registry";

/**
 * The append-only ledger of a personal account. Positive amounts increase what the resident owes (opening
 * debt, accruals, penalties), negative ones decrease it (payments, benefits). Corrections are new rows.
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    accountId: uuid("account_id").notNull().references(() => personalAccounts.id),
    kind: text("kind").notNull(),
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    /** Billing month, `YYYY-MM`, when the entry belongs to one. */
    period: text("period"),
    occurredOn: date("occurred_on").notNull(),
    note: text("note"),
    source: text("source"),
    createdAt: createdAt(),
  },
  (t) => [index("ledger_entries_account_idx").on(t.orgId, t.accountId, t.occurredOn)],
);
