import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The API (apps/api) serves the built app on the same origin; in dev the proxy stands in for that. */
const API = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    proxy: {
      "/tiles": API,
      "/collections": API,
      "/health": API,
      "/api": API,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
  },
});
