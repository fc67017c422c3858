export * from "./org";
export * from "./access";
export * from "./audit";
export * from "./notify";
