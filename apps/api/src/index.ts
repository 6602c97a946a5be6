export { type App, BODY_LIMIT_BYTES, type BuildOptions, buildApp } from "./app.ts";
export { prepareDatabase } from "./bootstrap/prepare-database.ts";
export { type AppConfig, loadConfig } from "./config.ts";
