let handler: () => Promise<unknown> = async () => {};
let installed = false;

/**
 * On SIGINT or SIGTERM, runs the latest registered handler (each stage of start-up replaces
 * it with one that stops everything started so far), then exits. A second signal forces exit.
 */
export function onShutdown(stop: () => Promise<unknown>): void {
  handler = stop;
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      process.once(signal, () => process.exit(130));
      console.log(`${signal}: shutting down`);
      try {
        await handler();
      } finally {
        process.exit(0);
      }
    });
  }
}
