/**
 * The text encoding of a batch's input. French spreadsheets save CSV as Windows-1252 by default:
 * read as UTF-8 it would turn « Hélène » into « H��l��ne » without a word. A file is decoded
 * strictly as UTF-8 when it is valid UTF-8, else as Windows-1252 (and the summary says which);
 * standard input, which cannot be read twice, must be UTF-8 and is refused with a message that says
 * how to save it so.
 */
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';

export type InputEncoding = 'utf-8' | 'windows-1252';

/** Whether the whole file is valid UTF-8 (read once, in chunks, by a strict decoder). */
export async function detectFileEncoding(path: string): Promise<InputEncoding> {
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
      // A UTF-16 byte-order mark: neither UTF-8 nor Windows-1252; said as UTF-16.
      if (
        first &&
        chunk.length >= 2 &&
        ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
      ) {
        done(onInvalid('utf16'));
        return;
      }
      first = false;
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
