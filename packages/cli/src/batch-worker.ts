/**
 * A worker thread of `passerelle batch --jobs N`: receives chunks of lines, sends back their
 * output lines. Each worker keeps its own simulators and baseline cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRowProcessor, csvText, type BatchLine, type RowOptions } from './batch-rows.js';
import { parseCsvRows, type CsvHeader } from './csv.js';

export interface Chunk {
  readonly firstRow: number;
  readonly lines: readonly BatchLine[];
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
  const records: unknown[][] = [];
  let json = '';
  let failed = 0;
  // A CSV chunk's rows are read in one csv-parse call (unreadable lines aside).
  const texts = chunk.lines.filter((l): l is string => typeof l === 'string');
  const parsed = chunk.header ? parseCsvRows(texts, chunk.header.delimiter) : null;
  let k = 0;
  chunk.lines.forEach((line, i) => {
    const cells = parsed && typeof line === 'string' ? parsed[k++] : undefined;
    const r = process(line, chunk.firstRow + i, chunk.header, cells);
    if ('record' in r) records.push(r.record);
    else json += `${r.json}\n`;
    if (r.failed) failed += 1;
  });
  // One csv-stringify call per chunk (1 000 rows): its options are read once, not once a row.
  return { text: records.length > 0 ? csvText(records) : json, rows: chunk.lines.length, failed };
}

// Only in a thread started by `runBatch` (which marks its data), never in another host's worker.
const data = workerData as { passerelleBatch?: RowOptions } | null;
if (parentPort && data?.passerelleBatch) {
  const port = parentPort;
  const process = createRowProcessor(data.passerelleBatch);
  port.on('message', (chunk: Chunk) => port.postMessage(runChunk(process, chunk)));
}
