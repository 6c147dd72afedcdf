/** An engine in this process with a client connected to it (the CLI, tests): same API, no sockets. */
import { createInMemoryPair, RpcClient } from '../protocol';
import type { EngineHost, EngineHostOptions } from './engineHost';
import { createEngine } from './handlerModules';

export interface InProcessEngine {
  readonly client: RpcClient;
  readonly host: EngineHost;
  close(): void;
}

export async function connectInProcess(options: Partial<EngineHostOptions> = {}): Promise<InProcessEngine> {
  const host = await createEngine({ host: 'in-process', ...options });
  const [clientEnd, engineEnd] = createInMemoryPair();
  const disconnect = host.connect(engineEnd);
  const client = new RpcClient(clientEnd);
  return {
    client,
    host,
    close: () => {
      client.dispose();
      disconnect();
      clientEnd.close?.();
    },
  };
}
