import { execFile, spawn, type ChildProcess } from "node:child_process";

export type CliResult = { code: number; stdout: string; stderr: string };

/** Test-speed fetching manners: no delay between requests to the local fixture server. */
const TEST_ENV = { NEWSGRAPH_FETCH_DELAY_MS: "0", NEWSGRAPH_FETCH_TIMEOUT_MS: "5000" };

/** Runs the real CLI as a user would (a subprocess), for integration tests. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const options = { env: { ...process.env, ...TEST_ENV, ...env }, timeout: 90_000 };
    execFile("node", ["ingest/cli/newsgraph.mjs", ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export type LiveCli = { child: ChildProcess; stderr(): string; stdout(): string; exited: Promise<number | null> };

/** Starts the CLI without waiting for it, so a test can signal it mid-run. */
export function startCli(args: string[], env: Record<string, string> = {}): LiveCli {
  const child = spawn("node", ["ingest/cli/newsgraph.mjs", ...args], { env: { ...process.env, ...TEST_ENV, ...env } });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls a condition every 50 ms; fails the test with a clear message after timeoutMs. */
export async function waitFor(what: string, ok: () => boolean, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
