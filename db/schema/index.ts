export * from "./org";
export * from "./access";
export * from "./audit";
export * from "./notify";
export * from "./registry";
export * from "./residents";
export * from "./billing";
export * from "./exchange";
