import { clientsExport } from "../../clients-export";

export const GET = clientsExport(true);
