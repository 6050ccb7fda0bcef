import { mkdirSync } from "node:fs";
import path from "node:path";

/**
 * Where screenshots go. The committed pictures in public/screenshots are the README's, so an
 * ordinary run must not rewrite them (a fresh PNG differs byte for byte every time and dirties
 * the tree); `UPDATE_SCREENSHOTS=1` opts in to refreshing them.
 */
export function screenshotDir(root = process.cwd()): string {
  const dir = process.env.UPDATE_SCREENSHOTS === "1"
    ? path.join(root, "public", "screenshots")
    : path.join(root, ".newsgraph", "test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  return dir;
}
