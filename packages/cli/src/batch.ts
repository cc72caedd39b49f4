/**
 * `passerelle batch`: JSON Lines or CSV in (one case a line), JSON Lines or CSV out, streamed in
 * constant memory. A bad row does not stop the batch: it gets an error (column `error`) and the
 * summary at the end counts it. Progress goes to stderr for runs longer than a second. With a
 * reform, every case is also computed under it and the differences are written beside. With
 * `jobs` > 1, chunks of lines are computed by worker threads and written back in input order.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { createRowProcessor, message, type BatchLine, type RowOptions } from './batch-rows.js';
import { runChunk, type Chunk, type ChunkResult } from './batch-worker.js';
import {
  cellsIgnoringQuotes,
  looksLikeUtf16,
  opensQuotedCell,
  parseCsvHeader,
  parseCsvLine,
  type CsvHeader,
} from './csv.js';
import { decoding, notUtf8Message, type InputEncoding } from './encoding.js';
import { progressLine } from './progress.js';

import { csvHeader } from './batch-rows.js';

export { csvHeader };

export interface BatchOptions extends RowOptions {
  readonly input: 'jsonl' | 'csv';
  /** The input CSV's delimiter; detected from its header when not given. */
  readonly delimiter?: ',' | ';' | undefined;
  /** Size of the input in bytes when known (a file): progress then shows a percentage. */
  readonly totalBytes?: number | undefined;
  /**
   * The input's text encoding (default UTF-8, strict: a byte that is not UTF-8 stops the batch
   * with a message that says how to save the file as UTF-8). See `detectFileEncoding`.
   */
  readonly encoding?: InputEncoding | undefined;
  /** Worker threads computing the rows (default 1: everything on the main thread). */
  readonly jobs?: number | undefined;
  /** The compiled worker module (tests running the TypeScript sources point it at dist/). */
  readonly workerUrl?: URL | undefined;
}

export interface BatchSummary {
  readonly rows: number;
  readonly ok: number;
  readonly failed: number;
  readonly seconds: number;
  /** How the input was decoded. */
  readonly encoding: InputEncoding;
}

/** A problem with the whole input (not one row): the batch stops with exit code 2. */
export class BatchInputError extends Error {}

/**
 * A quoted cell may span lines (a spreadsheet writes a multi-line label so), but only when it
 * closes within this many lines and the row it closes is whole; otherwise the line where it
 * opened is reported as unreadable and the lines after it are read as rows of their own.
 */
const MAX_CONTINUATION_LINES = 50;
const MAX_ROW_CHARS = 64 * 1024;

/** Rows per chunk: large enough to amortize a message to a worker, small enough to stream. */
const CHUNK_ROWS = 1000;

type Runner = { run(chunk: Chunk): Promise<ChunkResult>; close(): Promise<void> };

function mainThreadRunner(options: RowOptions): Runner {
  const process = createRowProcessor(options);
  return { run: (chunk) => Promise.resolve(runChunk(process, chunk)), close: async () => {} };
}

/** Worker threads, each answering its chunks in the order it received them. */
function workerRunner(options: BatchOptions, jobs: number): Runner {
  const url = options.workerUrl ?? new URL('./batch-worker.js', import.meta.url);
  const rowOptions: RowOptions = {
    output: options.output,
    lang: options.lang,
    marginalRates: options.marginalRates,
    reform: options.reform,
    wagePayer: options.wagePayer,
  };
  // Threads start when there is a chunk for them: three rows never start 64 threads.
  const workers: ReturnType<typeof start>[] = [];
  const start = () => {
    const worker = new Worker(url, { workerData: { passerelleBatch: rowOptions } });
    const state = {
      worker,
      waiting: [] as { resolve: (r: ChunkResult) => void; reject: (e: unknown) => void }[],
      // Once a thread has failed or stopped, every chunk sent to it fails too: nothing waits forever.
      failure: null as Error | null,
    };
    const fail = (e: Error) => {
      state.failure ??= e;
      state.waiting.splice(0).forEach((w) => w.reject(e));
    };
    worker.on('message', (r: ChunkResult) => state.waiting.shift()?.resolve(r));
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread stopped (exit code ${code})`)));
    return state;
  };
  let next = 0;
  return {
    run(chunk) {
      if (workers.length < jobs && next >= workers.length) workers.push(start());
      const w = workers[next++ % workers.length]!;
      if (w.failure) return Promise.reject(w.failure);
      return new Promise((resolve, reject) => {
        w.waiting.push({ resolve, reject });
        w.worker.postMessage(chunk);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

export async function runBatch(
  input: Readable,
  options: BatchOptions,
  out: (chunk: string) => void,
  progress: (line: string) => void,
  now: () => number = () => performance.now(),
): Promise<BatchSummary> {
  const { lang } = options;
  const encoding = options.encoding ?? 'utf-8';
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const runner = jobs > 1 ? workerRunner(options, jobs) : mainThreadRunner(options);
  // Chunks being computed, oldest first: results are written in input order, and at most two
  // chunks per thread wait, so memory does not grow with the input.
  const inFlight: Promise<ChunkResult>[] = [];
  const start = now();
  let lastProgress = start;
  let read = 0;
  let written = 0;
  let failed = 0;
  let bytes = 0;
  let header: CsvHeader | null = null;
  let first = true;
  let lines: BatchLine[] = [];
  let physical = 0;
  /** A CSV row whose quoted cell is still open: its first line and the lines after it. */
  let open: { first: number; text: string; after: { line: string; at: number }[] } | null = null;

  const accept = (line: BatchLine) => {
    read += 1;
    lines.push(line);
  };
  /** One physical line of a CSV body (after the header), given its number in the file. */
  const csvLine = (line: string, at: number): void => {
    const delimiter = header!.delimiter;
    if (open) {
      open.after.push({ line, at });
      open.text += `\n${line}`;
      if (!opensQuotedCell(open.text, delimiter)) {
        // The cell closed: a row only if it is whole (as many cells as the header).
        const whole = parseCsvLine(open.text, delimiter).length === header!.paths.length;
        if (whole) {
          accept(open.text);
          open = null;
        } else unclosed();
      } else if (open.after.length >= MAX_CONTINUATION_LINES || open.text.length > MAX_ROW_CHARS)
        unclosed();
      return;
    }
    if (line.trim() === '') return;
    if (!opensQuotedCell(line, delimiter)) accept(line);
    // A quote that opens on a line already holding a whole row never starts a multi-line cell.
    else if (cellsIgnoringQuotes(line, delimiter) >= header!.paths.length)
      accept({ unclosedQuoteAtLine: at });
    else open = { first: at, text: line, after: [] };
  };
  /** The open quote never closed into a whole row: its line is unreadable, the others are rows. */
  const unclosed = () => {
    const { first: at, after } = open!;
    open = null;
    accept({ unclosedQuoteAtLine: at });
    for (const next of after) csvLine(next.line, next.at);
  };

  const report = (final: boolean) => {
    const t = now();
    if (final ? t - start > 1000 : t - start > 1000 && t - lastProgress > 250) {
      lastProgress = t;
      const p = { rows: written, seconds: (t - start) / 1000, bytes, lang };
      progress(progressLine({ ...p, totalBytes: options.totalBytes }));
    }
  };
  const writeOldest = async () => {
    const r = await inFlight.shift()!;
    out(r.text);
    written += r.rows;
    failed += r.failed;
    report(false);
  };
  const dispatch = async () => {
    if (lines.length === 0) return;
    inFlight.push(runner.run({ firstRow: read - lines.length + 1, lines, header }));
    lines = [];
    while (inFlight.length >= 2 * jobs) await writeOldest();
  };

  try {
    // The output's header is written once the input's header is known to be good: a refused
    // input writes nothing.
    let begun = false;
    const begin = () => {
      if (!begun && options.output === 'csv') out(`${csvHeader(options)}\n`);
      begun = true;
    };
    const text = input.pipe(
      decoding(
        encoding,
        (kind) =>
          new BatchInputError(
            kind === 'notUtf8'
              ? notUtf8Message(lang)
              : lang === 'fr'
                ? 'Fichier en UTF-16 : enregistrez-le en UTF-8.'
                : 'UTF-16 file: save it as UTF-8.',
          ),
      ),
    );
    // An error of the source (an unreadable file) reaches the reader too.
    input.once('error', (e) => text.destroy(e));
    for await (const raw of createInterface({ input: text, crlfDelay: Infinity })) {
      physical += 1;
      bytes += Buffer.byteLength(raw) + 1;
      // A byte-order mark on the first line (JSON Lines or CSV) is not data.
      const line = first ? raw.replace(/^\uFEFF/, '') : raw;
      if (first && options.input !== 'csv' && looksLikeUtf16(raw))
        throw new BatchInputError(
          lang === 'fr'
            ? 'Fichier en UTF-16 : enregistrez-le en UTF-8.'
            : 'UTF-16 file: save it as UTF-8.',
        );
      first = false;
      if (options.input !== 'csv') {
        begin();
        if (line.trim() === '') continue;
        accept(line);
      } else if (header === null) {
        if (line.trim() === '') continue;
        try {
          header = parseCsvHeader(raw, options.delimiter);
          begin();
        } catch (e) {
          throw new BatchInputError(
            lang === 'fr'
              ? `En-tête CSV illisible : ${message(e)}`
              : `Unreadable CSV header: ${message(e)}`,
          );
        }
      } else csvLine(line, physical);
      if (lines.length >= CHUNK_ROWS) await dispatch();
    }
    // A quoted cell still open at the end: its line is unreadable, the lines after it are rows.
    while (open !== null) unclosed();
    // An empty input (no row, or no header at all) still gets its output header.
    begin();
    await dispatch();
    while (inFlight.length > 0) await writeOldest();
  } finally {
    await runner.close();
  }
  const seconds = (now() - start) / 1000;
  if (seconds > 1) {
    report(true);
    progress('\n');
  }
  return { rows: written, ok: written - failed, failed, seconds, encoding };
}
