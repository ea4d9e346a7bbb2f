import { loadEnv } from "vite";
import { defineConfig } from "vitest/config";

// No framework plugin: TypeScript's "jsx": "react-jsx" setting is honoured by Vite's own transform, which keeps the
// dependency list short. `npm run dev` forwards /api and /healthz to a local `tepat serve` (TEPAT_API overrides it).
export default defineConfig(({ mode }) => {
  const apiTarget = loadEnv(mode, ".", "TEPAT_").TEPAT_API ?? "http://127.0.0.1:8080";
  return {
    base: "/",
    build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
    server: { proxy: { "/api": apiTarget, "/healthz": apiTarget } },
    test: { include: ["src/**/*.test.ts"], environment: "node" },
  };
});
