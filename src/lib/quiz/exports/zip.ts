/**
 * ZIP packages (QTI content packages, later SCORM) with fflate: DEFLATE-compressed, UTF-8 names,
 * and every entry stamped with one fixed time so the same files always give the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';

/**
 * 1 January 2024, 00:00, built from local components: fflate writes the MS-DOS time from the
 * local clock, so a UTC instant would stamp different hours in different time zones.
 */
const FIXED_TIME = new Date(2024, 0, 1, 0, 0, 0);

/** Zips text (or binary) files, in the order given, with maximum compression. */
export function zipFiles(files: Readonly<Record<string, string | Uint8Array>>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    entries[name] = [typeof content === 'string' ? encoder.encode(content) : content, { level: 9, mtime: FIXED_TIME }];
  }
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}
