/**
 * Just enough of the zip format for xlsx files: the list of entries with their sizes, one entry's
 * bytes, and a new archive in which unchanged entries keep their compressed bytes as they were.
 * This gives clear messages for files that are not zip archives, the size of the sheets before
 * anything large is built in memory, and a recalculated copy that changes nothing but the parts
 * it must (src/engine/xlsx-patch.ts).
 */
import * as zlib from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc32: number;
  compressedSize: number;
  /** Bytes once inflated; Infinity for a zip64 entry (over 4 GB, far beyond what we can load). */
  size: number;
  localHeaderOffset: number;
}

/** A file that is not a readable zip archive; the message says why, in one line. */
export class ZipError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const ZIP64_MARK = 0xffffffff;
const DEFLATE = 8;
const STORE = 0;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;

function endOfCentralDirectory(buf: Buffer): number {
  // The record ends the file, followed only by a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - EOCD_SIZE - 0xffff);
  for (let i = buf.length - EOCD_SIZE; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw new ZipError("the zip archive has no central directory (the file is truncated or damaged)");
}

/** The entries of a zip archive, from its central directory. */
export function zipEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < EOCD_SIZE) throw new ZipError("the file is too short to be a zip archive");
  const eocd = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new ZipError("the zip archive's central directory is damaged");
    }
    const nameLength = buf.readUInt16LE(at + 28);
    const size = buf.readUInt32LE(at + 24);
    entries.push({
      name: buf.toString("utf8", at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength),
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      time: buf.readUInt16LE(at + 12),
      date: buf.readUInt16LE(at + 14),
      crc32: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      size: size === ZIP64_MARK ? Infinity : size,
      localHeaderOffset: buf.readUInt32LE(at + 42),
    });
    at += CENTRAL_SIZE + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's bytes as stored (compressed). */
export function rawZipData(buf: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipError(`the zip entry ${entry.name} is damaged`);
  }
  const start = at + LOCAL_SIZE + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buf.length)
    throw new ZipError(`the zip entry ${entry.name} is truncated`);
  return buf.subarray(start, start + entry.compressedSize);
}

/** The bytes of one entry, inflated. */
export function readZipEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const data = rawZipData(buf, entry);
  if (entry.method === STORE) return data;
  if (entry.method !== DEFLATE) {
    throw new ZipError(`the zip entry ${entry.name} uses an unknown compression (${entry.method})`);
  }
  try {
    return zlib.inflateRawSync(data);
  } catch (e) {
    throw new ZipError(
      `the zip entry ${entry.name} is damaged (${e instanceof Error ? e.message : String(e)})`
    );
  }
}

let crcTable: Int32Array | undefined;

/** CRC-32 as zip uses it; Node's own from 20.15 on, else a table-driven one. */
export function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data);
  crcTable ??= Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** An entry of a new archive: new content, or an input entry copied as stored. */
export type OutEntry = { name: string; data: Buffer } | { copy: ZipEntry; from: Buffer };

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function prepared(entry: OutEntry): { header: Omit<Written, "offset">; data: Buffer } {
  if ("copy" in entry) {
    const e = entry.copy;
    const name = Buffer.from(e.name, "utf8");
    // Bit 3 (sizes after the data) is dropped: the new local header carries the sizes itself.
    const header = { ...e, name, flags: e.flags & ~0x0008, size: e.size };
    return { header, data: rawZipData(entry.from, e) };
  }
  const name = Buffer.from(entry.name, "utf8");
  const data = zlib.deflateRawSync(entry.data);
  const now = dosDateTime(new Date());
  const flags = /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAME : 0;
  const header = {
    name,
    flags,
    method: DEFLATE,
    ...now,
    crc32: crc32(entry.data),
    compressedSize: data.length,
    size: entry.data.length,
  };
  return { header, data };
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function localHeader(w: Omit<Written, "offset">): Buffer {
  const b = Buffer.alloc(LOCAL_SIZE);
  b.writeUInt32LE(LOCAL_SIGNATURE, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(w.flags, 6);
  b.writeUInt16LE(w.method, 8);
  b.writeUInt16LE(w.time, 10);
  b.writeUInt16LE(w.date, 12);
  b.writeUInt32LE(w.crc32, 14);
  b.writeUInt32LE(w.compressedSize, 18);
  b.writeUInt32LE(w.size, 22);
  b.writeUInt16LE(w.name.length, 26);
  return Buffer.concat([b, w.name]);
}

function centralHeader(w: Written): Buffer {
  const b = Buffer.alloc(CENTRAL_SIZE);
  b.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(w.flags, 8);
  b.writeUInt16LE(w.method, 10);
  b.writeUInt16LE(w.time, 12);
  b.writeUInt16LE(w.date, 14);
  b.writeUInt32LE(w.crc32, 16);
  b.writeUInt32LE(w.compressedSize, 20);
  b.writeUInt32LE(w.size, 24);
  b.writeUInt16LE(w.name.length, 28);
  b.writeUInt32LE(w.offset, 42);
  return Buffer.concat([b, w.name]);
}

/** A new archive of the entries, in order. */
export function writeZip(entries: OutEntry[]): Buffer {
  const parts: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { header, data } = prepared(entry);
    const local = localHeader(header);
    parts.push(local, data);
    written.push({ ...header, offset });
    offset += local.length + data.length;
    if (offset > ZIP64_MARK) throw new ZipError("the workbook would be over 4 GB");
  }
  const central = Buffer.concat(written.map(centralHeader));
  const end = Buffer.alloc(EOCD_SIZE);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}
