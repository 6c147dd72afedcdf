/**
 * Analysis speed: `npx tsx test/bench/analyzeBench.ts`. analyze() runs on every edit, so it must stay
 * well under a 16 ms frame on the largest graphs people build (ResNet-152: over 500 blocks).
 */
import { analyze } from '../../src/graph/analyze';
import { getTemplate } from '../../src/graph/templates/index';

function bench(name: string): void {
  const graph = getTemplate(name)!.build();
  for (let i = 0; i < 20; i++) analyze(graph); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    analyze(graph);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3);
  console.log(`${name.padEnd(10)} ${String(graph.nodes.length).padStart(4)} blocks ${String(graph.edges.length).padStart(4)} edges  median ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms`);
}

for (const name of ['lenet5', 'resnet50', 'resnet152']) bench(name);
