/** How `layerloom train` shows a session: JSON lines on stdout, or a progress bar and a summary for people. */
import type { SessionEvent } from '../train/events';
import type { Evaluation } from '../train/evaluate';
import { terminalSafe } from '../log/terminalText';
import { ProgressBar, type ProgressStream } from './progressBar';

export interface Output {
  readonly out: ProgressStream;
  readonly err: ProgressStream;
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(2)}%`);

/** A JSON line per event (feature maps are never requested by the CLI). */
export function jsonLines(o: Output): (e: SessionEvent) => void {
  return (e) => o.out.write(`${JSON.stringify(e)}\n`);
}

/** Progress bar with ETA on a terminal; epoch lines otherwise; the outcome at the end. */
export function humanOutput(stream: Output): (e: SessionEvent) => void {
  const bar = new ProgressBar(stream.err);
  // Class names, file paths and messages come from the user's files: control characters are shown escaped.
  const safe = (s: ProgressStream): ProgressStream => ({ ...s, write: (text: string) => s.write(terminalSafe(text, { keepNewlines: true })) });
  const o = { out: safe(stream.out), err: safe(stream.err) };
  let epochs = 1;
  let epochStarted = Date.now();
  let lastEpochMs = 0;
  return (e) => {
    switch (e.type) {
      case 'preparing':
        // Loading a big folder takes a while: show how far it got (the events come throttled).
        if (e.message) bar.status(terminalSafe(`${e.message}${e.total ? ` ${e.done ?? 0}/${e.total}` : ''}…`));
        break;
      case 'started': {
        bar.clear();
        epochs = e.epochs;
        const d = e.dataset;
        o.err.write(`backend: ${e.backend} — ${e.backendReason}\n`);
        o.err.write(`model: ${e.params.toLocaleString('en-US')} parameters; data: ${d.train} train, ${d.validation} val, ${d.test} test images, ${d.classes.length} classes${d.skipped ? `, ${d.skipped} files skipped` : ''}\n`);
        epochStarted = Date.now();
        break;
      }
      case 'batch': {
        const left = (e.batchesPerEpoch - e.batch) / Math.max(1e-9, e.batch / Math.max(1, (Date.now() - epochStarted) / 1000));
        const perEpoch = lastEpochMs ? lastEpochMs / 1000 : (e.batchesPerEpoch / e.batch) * ((Date.now() - epochStarted) / 1000);
        bar.update({ epoch: e.epoch, epochs, batch: e.batch, batches: e.batchesPerEpoch, loss: e.loss, accuracy: e.accuracy, imagesPerSec: e.imagesPerSec, etaSeconds: left + (epochs - e.epoch) * perEpoch }, e.batch === e.batchesPerEpoch);
        break;
      }
      case 'epoch':
        bar.clear();
        lastEpochMs = e.durationMs;
        o.err.write(`epoch ${e.epoch}/${e.epochs}: loss ${e.loss.toFixed(4)} acc ${pct(e.accuracy)} · val loss ${e.valLoss?.toFixed(4) ?? '–'} val acc ${pct(e.valAccuracy)} · lr ${e.learningRate === undefined ? '–' : +e.learningRate.toPrecision(6)} · ${(e.durationMs / 1000).toFixed(1)} s\n`);
        epochStarted = Date.now();
        break;
      case 'done':
        bar.clear();
        for (const s of e.skipped) o.err.write(`skipped ${s.path}: ${s.reason}\n`);
        o.out.write(`${formatEvaluation(e.evaluation)}\n`);
        o.out.write(`test accuracy ${pct(e.testAccuracy)} (loss ${e.testLoss?.toFixed(4) ?? '–'}) · ${Math.round(e.imagesPerSec)} images/s on ${e.backend} · ${e.images} images used, ${e.skipped.length} skipped${e.stoppedEarly ? ' · stopped early' : ''}\nrun saved to ${e.runDir}\n`);
        break;
      case 'cancelled':
        bar.clear();
        o.err.write(e.runDir ? `stopped after ${e.epoch} epoch(s); the last checkpoint is in ${e.runDir}\n` : 'stopped before the first epoch ended; nothing saved\n');
        break;
      case 'error':
        bar.clear();
        break;
      case 'featureMaps':
      case 'state':
        break;
    }
  };
}

/** The evaluation as a few readable lines: accuracy, per-class table, confusion matrix, worst mistakes. */
export function formatEvaluation(ev: Evaluation): string {
  const w = Math.max(5, ...ev.classes.map((c) => c.length));
  const lines = [`${ev.split} split: ${ev.images} images, accuracy ${pct(ev.accuracy)}, loss ${ev.loss.toFixed(4)}, macro F1 ${ev.macro.f1.toFixed(3)}`];
  lines.push(`${'class'.padEnd(w)}  precision  recall     F1  images`);
  for (const m of ev.perClass) {
    lines.push(`${m.className.padEnd(w)}  ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}  ${m.f1.toFixed(3).padStart(5)}  ${String(m.support).padStart(6)}`);
  }
  if (ev.classes.length <= 20) {
    const cw = Math.max(4, ...ev.confusion.flat().map((n) => String(n).length));
    lines.push('confusion (rows: true, columns: predicted):');
    ev.confusion.forEach((row, i) => lines.push(`${ev.classes[i].padEnd(w)}  ${row.map((n) => String(n).padStart(cw)).join(' ')}`));
  }
  if (ev.mistakes.length) {
    lines.push('most confident mistakes:');
    for (const m of ev.mistakes.slice(0, 5)) lines.push(`  ${m.path ?? `#${m.index}`}: ${m.trueClass} predicted as ${m.predictedClass} (${pct(m.confidence)})`);
  }
  return lines.join('\n');
}
