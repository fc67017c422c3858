import { byExternalIdRoute } from "../../../_routes/resource-routes";

export const GET = byExternalIdRoute("buildings");
