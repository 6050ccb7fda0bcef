export type StopSignal = { signal: AbortSignal; dispose(): void };

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * The first Ctrl-C (or SIGTERM from a service manager) asks a long run to stop cleanly: the items in
 * flight finish and are stored. A second one quits at once, for when a host hangs.
 */
export function onStopSignal(onFirst: () => void): StopSignal {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(signal === "SIGINT" ? 130 : 143);
    onFirst();
    controller.abort();
  };
  for (const s of SIGNALS) process.on(s, handler);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const s of SIGNALS) process.off(s, handler);
    },
  };
}
