/**
 * A decode worker's entry (decodeWorkers.ts starts it): runs decodeFileOrReason on the requests it is
 * posted, several at once (sharp's work is asynchronous), and posts each image back transferred, or the
 * SkipError's code and parameters (the main side rebuilds the same SkipError, message included).
 */
import { parentPort } from 'node:worker_threads';
import { decodeFileOrReason, failureReason } from './decode.ts';
import type { DecodeReply, DecodeRequest } from './decodeWorkerProtocol.ts';

const port = parentPort;
if (!port) throw new Error('decodeWorkerMain.ts runs in a worker thread');

port.on('message', (m: DecodeRequest) => {
  // A worker may block on a small file's read (five synchronous calls cost a fifth of the asynchronous ones' CPU).
  decodeFileOrReason(m.path, m.input, m.resize, 'blocking').then(
    (image) => {
      // Transferred whole: an array that is a view into a larger buffer is copied into its own first.
      const own = image.byteOffset === 0 && image.byteLength === image.buffer.byteLength ? image : image.slice();
      port.postMessage({ id: m.id, image: own } satisfies DecodeReply, [own.buffer as ArrayBuffer]);
    },
    (err: unknown) => {
      const reason = failureReason(err);
      port.postMessage({ id: m.id, code: reason.code, params: reason.params } satisfies DecodeReply);
    },
  );
});
// Everything this module imports has loaded: the worker can decode (until then the pool counts a failure as "cannot start").
port.postMessage({ ready: true } satisfies DecodeReply);
