/**
 * A decode worker's entry (decodeWorkers.ts starts it): runs decodeFileOrReason on the requests it is
 * posted, several at once (sharp's work is asynchronous), and posts each image back transferred, or the
 * SkipError's code and parameters (the main side rebuilds the same SkipError, message included); and augments
 * batches (augmentBatch), so that work is off the training thread too.
 */
import { parentPort } from 'node:worker_threads';
import { augmentBatch } from './augment.ts';
import { decodeFileOrReason, failureReason } from './decode.ts';
import type { DecodeReply, DecodeRequest } from './decodeWorkerProtocol.ts';

const port = parentPort;
if (!port) throw new Error('decodeWorkerMain.ts runs in a worker thread');

/** Posts an image back transferred whole: an array that is a view into a larger buffer is copied into its own first. */
function postImage(id: number, image: Float32Array): void {
  const own = image.byteOffset === 0 && image.byteLength === image.buffer.byteLength ? image : image.slice();
  port!.postMessage({ id, image: own } satisfies DecodeReply, [own.buffer as ArrayBuffer]);
}

port.on('message', (m: DecodeRequest) => {
  if ('augment' in m) {
    try {
      postImage(m.id, augmentBatch(m.augment.x, m.augment.shape, m.augment.draws));
    } catch (err) {
      port.postMessage({ id: m.id, failed: String((err as Error)?.message ?? err) } satisfies DecodeReply);
    }
    return;
  }
  // A worker may block on a small file's read (five synchronous calls cost a fifth of the asynchronous ones' CPU).
  decodeFileOrReason(m.path, m.input, m.resize, 'blocking').then(
    (image) => postImage(m.id, image),
    (err: unknown) => {
      const reason = failureReason(err);
      port.postMessage({ id: m.id, code: reason.code, params: reason.params } satisfies DecodeReply);
    },
  );
});
// Everything this module imports has loaded: the worker can decode (until then the pool counts a failure as "cannot start").
port.postMessage({ ready: true } satisfies DecodeReply);
