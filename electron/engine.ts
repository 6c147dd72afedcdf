/**
 * The engine process (Electron utilityProcess): the same engine host as `layerloom serve`, serving each
 * MessagePort the main process hands over as one connection.
 */
import { z } from 'zod';
import { messagePortTransport, type MessagePortLike } from '../src/protocol';
import type { EngineHost } from '../src/server/engineHost';
import { repeatLimitedLog } from '../src/log/repeatLimitedLog';
import { createEngine } from '../src/server/handlerModules';

const connectMessage = z.object({ type: z.literal('connect') }).strict();
// Escaped, and a line a misbehaving page repeats is counted rather than printed each time.
const log = repeatLimitedLog((m: string): void => console.error(m));

// A stray rejection is logged; the engine goes on serving the windows.
process.on('unhandledRejection', (reason) => log(`layerloom engine: an unexpected error was not handled: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));

const waiting: MessagePortLike[] = [];
const state: { host?: EngineHost } = {};

// Listen at once: ports that arrive while the engine loads wait for it.
process.parentPort.on('message', (event) => {
  const port = event.ports[0];
  if (!connectMessage.safeParse(event.data).success || !port) {
    log('layerloom engine: ignored an unexpected message from the main process');
    return;
  }
  if (state.host) state.host.connect(messagePortTransport(port));
  else waiting.push(port);
});

const host = await createEngine({
  host: 'electron',
  configDir: process.env.LAYERLOOM_CONFIG_DIR,
  appVersion: process.env.LAYERLOOM_APP_VERSION,
  log,
});
state.host = host;
for (const port of waiting.splice(0)) host.connect(messagePortTransport(port));
