import { collectionRoutes } from "../_routes/resource-routes";

export const { GET, POST } = collectionRoutes("accounts");
