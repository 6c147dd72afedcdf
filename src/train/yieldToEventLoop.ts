/**
 * Lets the event loop run — protocol messages, timers, signals, I/O — before the caller goes on.
 * Training, evaluation and decoding await this between batches: on the wasm and cpu backends a batch's
 * `data()` resolves as a microtask, so without it a whole epoch ran without the engine answering anyone.
 * setImmediate runs after the I/O callbacks already waiting (a resolved promise or nextTick would not);
 * a browser has no setImmediate, and a zero timeout does the same there.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
