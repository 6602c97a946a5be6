import { startServer } from "@lianpian/api/server";
import { demoSeedData } from "@lianpian/demo-data";

/**
 * The server process (`npm start` runs it through scripts/start.mjs, `npm
 * run dev` under tsx watch): the API started with the demo data wired in,
 * so the API itself never imports the generator.
 */
startServer(demoSeedData()).catch((error) => {
  console.error("[lianpian] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
