/**
 * Sets every entry's modification time in a zip (an .xlsx) to one fixed
 * value, so a rebuilt example workbook is identical byte for byte and git
 * sees no change. ExcelJS stamps entries with the current time otherwise.
 *
 * Zip layout (PKWARE APPNOTE 4.3): the end-of-central-directory record
 * (signature 0x06054b50) gives the central directory's entry count and
 * offset; each central entry (0x02014b50) holds time/date at bytes 12/14 and
 * its local header's offset at byte 42; a local header (0x04034b50) holds
 * time/date at bytes 10/12. Times are MS-DOS format.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** 2026-01-05 09:00:00 in MS-DOS time and date fields. */
const DOS_TIME = (9 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 5;

function findEndRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new Error('not a zip file: no end-of-central-directory record');
}

/** Rewrites the times in place and returns the same bytes. */
export function fixZipTimes(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error('bad central entry');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error('bad local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return bytes;
}
