/**
 * A worker thread of `passerelle batch --jobs N`: receives chunks of lines, sends back their
 * output lines. Each worker keeps its own simulators and baseline cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRowProcessor, type RowOptions } from './batch-rows.js';
import type { CsvHeader } from './csv.js';

export interface Chunk {
  readonly firstRow: number;
  readonly lines: readonly string[];
  readonly header: CsvHeader | null;
}

export interface ChunkResult {
  readonly text: string;
  readonly rows: number;
  readonly failed: number;
}

/** Processes a chunk of lines, numbering rows from `firstRow`. */
export function runChunk(
  process: ReturnType<typeof createRowProcessor>,
  chunk: Chunk,
): ChunkResult {
  let text = '';
  let failed = 0;
  chunk.lines.forEach((line, i) => {
    const r = process(line, chunk.firstRow + i, chunk.header);
    text += `${r.text}\n`;
    if (r.failed) failed += 1;
  });
  return { text, rows: chunk.lines.length, failed };
}

// Only in a thread started by `runBatch` (which marks its data), never in another host's worker.
const data = workerData as { passerelleBatch?: RowOptions } | null;
if (parentPort && data?.passerelleBatch) {
  const port = parentPort;
  const process = createRowProcessor(data.passerelleBatch);
  port.on('message', (chunk: Chunk) => port.postMessage(runChunk(process, chunk)));
}
