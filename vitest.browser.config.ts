import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

// Real Chromium against the production build on a real Neo4j: slow to start, so one global setup
// (tests/browser/global-setup.ts) serves every file, and files run one after another.
export default defineConfig({
  resolve: { alias },
  test: {
    name: "browser",
    include: ["tests/browser/**/*.browser.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: ".newsgraph/test-results/vitest-browser.json" },
  },
});
