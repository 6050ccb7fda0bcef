import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "@": path.resolve(import.meta.dirname) };

// Two projects: pure unit tests need no database and start instantly; integration tests
// (*.int.test.ts) share one real Neo4j that the global setup starts on a free port.
export default defineConfig({
  resolve: { alias },
  test: {
    // The JSON report feeds the one-line totals that .ci/run prints at the end.
    reporters: ["default", "json"],
    outputFile: { json: ".newsgraph/test-results/vitest.json" },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,ingest,graph,app,tests}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.browser.test.ts", "node_modules/**"],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,ingest,graph,app,tests}/**/*.int.test.ts"],
          globalSetup: ["tests/setup/neo4j-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
