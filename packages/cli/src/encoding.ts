/**
 * The text encoding of a batch's input. French spreadsheets save CSV as Windows-1252 by default:
 * read as UTF-8 it would turn « Hélène » into « H��l��ne » without a word. A file is decoded
 * strictly as UTF-8 when it is valid UTF-8, else as Windows-1252 (and the summary says which);
 * standard input, which cannot be read twice, must be UTF-8 and is refused with a message that says
 * how to save it so.
 */
import { createReadStream, statSync } from 'node:fs';
import { Transform } from 'node:stream';

export type InputEncoding = 'utf-8' | 'windows-1252';

/**
 * Whether the whole file is valid UTF-8 (read once, in chunks, by a strict decoder). Only a
 * regular file can be read twice: a pipe (`/dev/stdin`, `<(…)`) is read as standard input is.
 */
export async function detectFileEncoding(path: string): Promise<InputEncoding> {
  if (!statSync(path).isFile()) return 'utf-8';
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path))
      strict.decode(chunk as Buffer, { stream: true });
    strict.decode();
    return 'utf-8';
  } catch (e) {
    if (e instanceof TypeError) return 'windows-1252';
    throw e;
  }
}

/**
 * A whole file's text (one case, a timeline): UTF-8 when it is valid UTF-8, else Windows-1252
 * (said by `encoding`); UTF-16 is refused by name. A UTF-8 byte-order mark is dropped.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: InputEncoding } {
  const utf16 =
    (bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) ||
    bytes.subarray(0, 4096).includes(0);
  if (utf16) throw new Error('UTF-16 : enregistrez le fichier en UTF-8 / save the file as UTF-8');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const body =
      bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** The message for bytes that are not UTF-8 where UTF-8 is required. */
export function notUtf8Message(lang: 'fr' | 'en'): string {
  return lang === 'fr'
    ? 'Le fichier n’est pas en UTF-8 : dans le tableur, « Enregistrer sous » > « CSV UTF-8 (délimité par des virgules) », ou donnez le fichier par son nom plutôt que par l’entrée standard (il est alors lu en Windows-1252).'
    : 'The input is not UTF-8: in the spreadsheet, « Save as » > « CSV UTF-8 (comma delimited) », or give the file by name rather than on standard input (it is then read as Windows-1252).';
}

/** Bytes in, text out, in the encoding given; invalid UTF-8 is an error, never replaced. */
export function decoding(
  encoding: InputEncoding,
  onInvalid: (kind: 'utf16' | 'notUtf8') => Error,
): Transform {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let first = true;
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      if (first) {
        first = false;
        // UTF-16, with its byte-order mark or without (NUL bytes, which no text of a CSV or JSON
        // file holds): neither UTF-8 nor Windows-1252; said as UTF-16.
        const bom =
          chunk.length >= 2 &&
          ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
        if (bom || chunk.subarray(0, 4096).includes(0)) {
          done(onInvalid('utf16'));
          return;
        }
        // A UTF-8 byte-order mark before a Windows-1252 body is not text of the body.
        if (
          encoding === 'windows-1252' &&
          chunk[0] === 0xef &&
          chunk[1] === 0xbb &&
          chunk[2] === 0xbf
        )
          chunk = chunk.subarray(3);
      }
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(onInvalid('notUtf8'));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(onInvalid('notUtf8'));
      }
    },
  });
}
