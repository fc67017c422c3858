import { byIdRoute } from "../../_routes/resource-routes";

export const GET = byIdRoute("premises");
