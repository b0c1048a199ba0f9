/**
 * Reading the files of a rule set directory as untrusted input: regular files only (a symbolic link, FIFO, device,
 * socket or directory is refused without being opened for reading), with a size cap per file and per directory
 * checked before any byte is read. A refused file's content never appears in a message.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from "node:fs";
import type { IssueCode } from "../errors/index.js";

/** Limits on what is read from a rule set directory (and the law texts beside it). */
export const FILE_LIMITS = {
  /** Bytes per file (rule file or law text). The largest bundled rule file is about 20 KB, the largest law 62 KB. */
  fileBytes: 1 << 20,
  /** Bytes per directory read: `edition.json`, `matters/` and `overlays/` together, or the law texts together. */
  directoryBytes: 16 << 20,
  /** Files per folder (`matters/`, `overlays/`, the law texts). */
  files: 1000,
} as const;

/** A refusal: an issue code and a bilingual message that names the file but never shows its content. */
export interface Refusal {
  code: Extract<IssueCode, "not-a-regular-file" | "file-too-large" | "directory-too-large">;
  message: string;
}

function kindOf(s: Stats): { en: string; zh: string } | undefined {
  if (s.isSymbolicLink()) return { en: "a symbolic link", zh: "符号链接" };
  if (s.isFIFO()) return { en: "a FIFO (named pipe)", zh: "命名管道" };
  if (s.isCharacterDevice()) return { en: "a character device", zh: "字符设备" };
  if (s.isBlockDevice()) return { en: "a block device", zh: "块设备" };
  if (s.isSocket()) return { en: "a socket", zh: "套接字" };
  if (s.isDirectory()) return { en: "a directory", zh: "目录" };
  if (!s.isFile()) return { en: "not a regular file", zh: "非普通文件" };
  return undefined;
}

/** The refusal for a path that is not a regular file, or undefined for a regular file. */
export function refuseIfNotRegular(s: Stats): Refusal | undefined {
  const kind = kindOf(s);
  if (!kind) return undefined;
  return {
    code: "not-a-regular-file",
    message: `is ${kind.en}; only regular files are read, links are not followed（是${kind.zh}：只读取普通文件，不跟随链接）`,
  };
}

const tooLarge = (size: number | string, limit: number): Refusal => ({
  code: "file-too-large",
  message: `is ${size} bytes; a file may be at most ${limit} bytes（文件为 ${size} 字节，上限 ${limit} 字节）`,
});

// O_NOFOLLOW refuses a symbolic link swapped in after the lstat; O_NONBLOCK keeps a FIFO swapped in from blocking the
// open. Both are 0 where the platform lacks them (Windows), where the lstat and fstat checks still hold.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads one file of an untrusted directory as UTF-8: refused unless it is a regular file (checked with lstat before
 * opening and with fstat after) of at most `maxBytes` bytes; never reads more than `maxBytes + 1` bytes.
 */
export function readRegularFile(
  path: string,
  maxBytes: number = FILE_LIMITS.fileBytes,
): { ok: true; text: string; bytes: number } | { ok: false; refusal: Refusal } {
  const before = lstatSync(path);
  const refusal = refuseIfNotRegular(before);
  if (refusal) return { ok: false, refusal };
  if (before.size > maxBytes) return { ok: false, refusal: tooLarge(before.size, maxBytes) };
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP")
      return {
        ok: false,
        refusal: refuseIfNotRegular(lstatSync(path)) ?? {
          code: "not-a-regular-file",
          message: "is a symbolic link; links are not followed（是符号链接：不跟随链接）",
        },
      };
    throw error;
  }
  try {
    const after = fstatSync(fd);
    const changed = refuseIfNotRegular(after);
    if (changed) return { ok: false, refusal: changed };
    if (after.dev !== before.dev || after.ino !== before.ino) {
      return {
        ok: false,
        refusal: { code: "not-a-regular-file", message: "was replaced while being read（读取时文件被替换）" },
      };
    }
    // Sized from fstat, grown in bounded steps if the file grows meanwhile; never more than maxBytes + 1 bytes.
    let buffer = Buffer.alloc(Math.min(after.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { ok: false, refusal: tooLarge(`more than ${maxBytes}`, maxBytes) };
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { ok: false, refusal: tooLarge(`more than ${maxBytes}`, maxBytes) };
    return { ok: true, text: buffer.toString("utf8", 0, length), bytes: length };
  } finally {
    closeSync(fd);
  }
}

/** One entry of {@link listFolder}: a file name ending in `suffix`, or a refusal for the folder itself. */
export type FolderListing = { ok: true; names: string[] } | { ok: false; refusal: Refusal };

/**
 * The sorted names ending in `suffix` in a sub-folder of an untrusted directory. A missing folder is empty; a folder
 * that is a symbolic link or not a directory, or that holds more than {@link FILE_LIMITS}`.files` such names, is refused.
 */
export function listFolder(
  folder: string,
  suffix: string,
  accept: (name: string) => boolean = () => true,
): FolderListing {
  let s: Stats;
  try {
    s = lstatSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, names: [] };
    throw error;
  }
  if (!s.isDirectory()) return { ok: false, refusal: refuseIfNotRegular(s)! };
  const names = readdirSync(folder)
    .filter((f) => f.endsWith(suffix) && accept(f))
    .sort();
  if (names.length > FILE_LIMITS.files) {
    return {
      ok: false,
      refusal: {
        code: "directory-too-large",
        message: `holds ${names.length} ${suffix} files; at most ${FILE_LIMITS.files} are read（含 ${names.length} 个 ${suffix} 文件，上限 ${FILE_LIMITS.files} 个）`,
      },
    };
  }
  return { ok: true, names };
}

/** A byte budget for one directory: each file's size (from lstat) is charged before it is read. */
export class DirectoryBudget {
  private used = 0;
  constructor(private readonly limit: number = FILE_LIMITS.directoryBytes) {}
  /** Charges the file at `path`; a refusal once the directory's files together would exceed the limit. */
  charge(path: string): Refusal | undefined {
    let size: number;
    try {
      size = lstatSync(path).size;
    } catch {
      return undefined;
    }
    if (this.used + size > this.limit) {
      return {
        code: "directory-too-large",
        message: `would bring the directory's files to more than ${this.limit} bytes; not read（目录内文件合计将超过 ${this.limit} 字节，未读取）`,
      };
    }
    this.used += size;
    return undefined;
  }
}
