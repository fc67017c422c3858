import type { ClientType, LinkBasis, PremiseType } from "@/db/schema";
import { IssueList } from "../import-issue";

/** Premise fields a file may set; absent ones keep what is stored. */
export type PremiseFields = {
  entrance?: string;
  floor?: string;
  totalArea?: string;
  livingArea?: string;
  rooms?: number;
  externalId?: string;
};

export type RecordClient = {
  type: ClientType;
  lastName: string;
  firstName?: string;
  middleName?: string;
  phone?: string;
  email?: string;
  basis: LinkBasis;
  share?: string;
};

/** One row of any registry file, with its building and legal entity already found in the database. */
export type ImportRecord = {
  line: number;
  buildingId: string;
  premise: { type: PremiseType; number: string } & PremiseFields;
  account?: { number: string; els?: string; legalEntityId?: string };
  client?: RecordClient;
  /** The account's balance after the import, kopecks; positive is debt. */
  balance?: bigint;
};

/** Headings of the columns the planner may complain about, as the source file names them (if it has them). */
export type ColumnLabels = {
  building: string;
  number: string;
  account: string;
  lastName: string;
} & Partial<Record<keyof PremiseFields | "els" | "legalEntity" | "share" | "phone" | "email" | "balance", string>>;

export type Report = (line: number, column: string | null | undefined, message: string) => void;

export function issueCollector(): { issues: IssueList; report: Report } {
  const issues = new IssueList();
  return { issues, report: (line, column, message) => issues.add({ line, column: column ?? null, message }) };
}
