/**
 * The output edge: reads the generated directory and replaces it atomically. Files are written to a
 * sibling temp directory first and swapped in with renames, so an interrupted run leaves either the
 * old tree or the new one, never half of each. Only files chatspec generated before (listed in the
 * old manifest) are replaced or removed; anything else a user put there is carried over untouched,
 * and a generated file that would overwrite such a file is refused.
 *
 * A file whose bytes are already on disk is hard-linked into the staging folder instead of written:
 * creating a file costs a new inode (measured 0.04 to 1.1 ms each on the CI machines' ext4, against
 * about 0.02 ms for a link), and a regeneration after a one-field edit changes a few of 1,379 files.
 *
 * A long-lived process (`generate --watch`) turns on `rememberOutputs`: it then keeps the bytes of
 * every file it read or wrote here, with the file's inode, size and modification time, and reads a
 * file again only when its stat no longer matches (git's index works the same way), so reading the
 * output folder back to compare costs a stat per file instead of its bytes. It also leaves the
 * replaced tree (renamed aside, beside the new one) for `removeReplacedTrees`, which the process
 * calls once it has reported the run, instead of removing it before returning.
 */
import {
  type BigIntStats,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import type { GeneratedFile } from "../emitters/types.js";
import { ChatspecError } from "../errors.js";
import { previouslyGenerated } from "../manifest.js";
import { OutputPaths } from "../naming.js";
import { compareCodeUnits } from "../lib/text.js";

/** A file's bytes as this process last read or wrote them, and the stat that says they are still what is on disk. */
interface KnownFile {
  readonly contents: string;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
}

/** Absolute path → what `rememberOutputs` keeps; null unless a process turned it on. */
let known: Map<string, KnownFile> | null = null;
/** Replaced trees left for `removeReplacedTrees` (only with `rememberOutputs`), and how many there have been. */
const replacedTrees: string[] = [];
let replacedCount = 0;

/**
 * From now on, this process keeps the bytes of the output files it reads and writes, checked by
 * stat before each reuse, and leaves replaced trees for `removeReplacedTrees`. For a process that
 * writes the same folder again and again (`generate --watch`); a one-off run reads everything once anyway.
 */
export function rememberOutputs(): void {
  known ??= new Map();
}

/** Removes the trees `replaceOutputDir` replaced and left aside (with `rememberOutputs`); the next replace also does. */
export function removeReplacedTrees(): void {
  for (let tree = replacedTrees.shift(); tree !== undefined; tree = replacedTrees.shift()) rmSync(tree, { recursive: true, force: true });
}

function isKnown(entry: KnownFile | undefined, stat: BigIntStats): entry is KnownFile {
  return entry !== undefined && entry.ino === stat.ino && entry.size === stat.size && entry.mtimeNs === stat.mtimeNs && stat.isFile();
}

/** `contents` as the bytes of `file` (absolute), as of its stat now. */
function knownFile(file: string, contents: string): KnownFile {
  const stat = lstatSync(file, { bigint: true });
  return { contents, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs };
}

/** Every file under `dir` by posix path relative to it; empty when `dir` does not exist. */
export function readOutputDir(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of listFiles(dir)) {
    const absolute = path.join(dir, ...file.split("/"));
    if (known === null) {
      files.set(file, readFileSync(absolute, "utf8"));
      continue;
    }
    // The stat first: a file changed after it is read again next time, since its stat changed too.
    const stat = lstatSync(absolute, { bigint: true });
    const entry = known.get(absolute);
    if (isKnown(entry, stat)) files.set(file, entry.contents);
    else {
      const contents = readFileSync(absolute, "utf8");
      known.set(absolute, { contents, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs });
      files.set(file, contents);
    }
  }
  return files;
}

/** Posix paths of every file under `dir`, sorted by code unit. */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  if (!existsSync(dir)) return files;
  const visit = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    entries.sort((a, b) => compareCodeUnits(a.name, b.name));
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else files.push(child);
    }
  };
  visit("");
  return files;
}

/** Injection point for tests: how one file is written into the staging directory. */
export type FileWriter = (file: string, contents: string) => void;

/** Injection point for tests: how an unchanged file is carried into the staging directory. */
export type FileLinker = (existing: string, target: string) => void;

export interface ReplaceOptions {
  /** How a file is written (default `writeFileSync`). */
  readonly writeFile?: FileWriter;
  /** How an unchanged file or a user's file is carried over (default `linkSync`; a failed link falls back to a copy). */
  readonly link?: FileLinker;
  /**
   * What `dir` holds now (`readOutputDir(dir)`, which `generate` has read anyway to compare): a
   * generated file with exactly these bytes is linked, not written. Without it every file is written.
   */
  readonly onDisk?: ReadonlyMap<string, string>;
}

/**
 * Replaces the generated files in `dir` with `files`, atomically, keeping every file a user put
 * there. Throws before touching anything when a generated file would overwrite a user's file.
 */
export function replaceOutputDir(dir: string, files: readonly GeneratedFile[], display: string, options: ReplaceOptions = {}): void {
  const writeFile = options.writeFile ?? writeFileSync;
  const link = options.link ?? linkSync;
  const existing = listFiles(dir);
  const generatedBefore = previouslyGenerated(
    new Map(existsSync(path.join(dir, OutputPaths.manifest)) ? [[OutputPaths.manifest, readFileSync(path.join(dir, OutputPaths.manifest), "utf8")]] : []),
  );
  const userFiles = existing.filter((file) => !generatedBefore.has(file));
  const clash = files.find((file) => userFiles.includes(file.path));
  if (clash !== undefined) {
    throw new ChatspecError(`refusing to overwrite ${clash.path}: chatspec did not generate it (it is not in ${OutputPaths.manifest})`, {
      kind: "output",
      location: { file: display },
    });
  }
  const parent = path.dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(dir)}.chatspec-new-${process.pid}`);
  // Left for later when outputs are remembered, so each replaced tree gets a name of its own.
  removeReplacedTrees();
  const retired = path.join(parent, `.${path.basename(dir)}.chatspec-old-${process.pid}${known === null ? "" : `-${++replacedCount}`}`);
  rmSync(staging, { recursive: true, force: true });
  let swapped = false;
  // With `rememberOutputs`: the files written (or copied) now, by final path, remembered once the tree is in place.
  const fresh = new Map<string, KnownFile>();
  const staged = (target: string, final: string, contents: string): void => {
    // Renames keep inodes and times: the stat of the staged file is the stat of the file in place.
    if (known !== null) fresh.set(final, knownFile(target, contents));
  };
  try {
    const madeDirs = new Set<string>();
    const stage = (relative: string): string => {
      const target = path.join(staging, ...relative.split("/"));
      const parentDir = path.dirname(target);
      if (!madeDirs.has(parentDir)) {
        mkdirSync(parentDir, { recursive: true });
        madeDirs.add(parentDir);
      }
      return target;
    };
    for (const file of files) {
      const target = stage(file.path);
      // Only a file chatspec generated and nobody changed since: its bytes are the new bytes.
      const final = path.join(dir, ...file.path.split("/"));
      if (generatedBefore.has(file.path) && options.onDisk?.get(file.path) === file.contents) {
        // A link keeps the inode and the modification time: what is remembered of `final` stays true.
        if (!carryOver(link, final, target)) staged(target, final, file.contents);
      } else {
        writeFile(target, file.contents);
        staged(target, final, file.contents);
      }
    }
    for (const file of userFiles) {
      const final = path.join(dir, ...file.split("/"));
      const target = stage(file);
      const contents = known?.get(final)?.contents;
      if (!carryOver(link, final, target) && contents !== undefined) staged(target, final, contents);
    }
    if (existsSync(dir)) renameSync(dir, retired);
    try {
      renameSync(staging, dir);
      swapped = true;
    } catch (error) {
      if (existsSync(retired)) renameSync(retired, dir);
      throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    if (known === null || !swapped) rmSync(retired, { recursive: true, force: true });
    // The new tree is in place: the old one can wait until the run is reported.
    else replacedTrees.push(retired);
  }
  if (known !== null) {
    // Only the files of the new tree stay remembered: the ones carried over as they were, and the fresh ones.
    const inTree = new Set([...files.map((file) => file.path), ...userFiles].map((file) => path.join(dir, ...file.split("/"))));
    for (const file of known.keys()) if (file.startsWith(`${dir}${path.sep}`) && !inTree.has(file)) known.delete(file);
    for (const [final, entry] of fresh) known.set(final, entry);
  }
}

/**
 * Links `existing` to `target`; where the file system refuses hard links (another device, FAT,
 * some network mounts), copies it. The old tree is removed after the swap, so the new tree ends up
 * the only owner of the shared inode. Returns whether it linked.
 */
function carryOver(link: FileLinker, existing: string, target: string): boolean {
  try {
    link(existing, target);
    return true;
  } catch {
    copyFileSync(existing, target);
    return false;
  }
}

/**
 * Refuses output folders whose replacement could hurt: the file-system root, the home folder, the
 * project (the nearest folder with a package.json from `cwd`, or `cwd` itself), the spec's folder,
 * and any folder that contains one of those.
 */
export function assertSafeOutDir(out: string, options: { cwd: string; spec: string; display: string }): void {
  const resolved = realish(out);
  const project = nearestPackageRoot(options.cwd) ?? options.cwd;
  const protectedDirs: [string, string][] = [
    [path.parse(resolved).root, "the file-system root"],
    [os.homedir(), "the home folder"],
    [realish(project), "the project root"],
    [realish(options.cwd), "the current folder"],
    [realish(path.dirname(options.spec)), "the folder that holds the spec"],
  ];
  for (const [dir, what] of protectedDirs) {
    if (resolved === dir || dir.startsWith(resolved.endsWith(path.sep) ? resolved : `${resolved}${path.sep}`)) {
      throw new ChatspecError(
        `refusing to write output to ${resolved === dir ? what : `a folder that contains ${what}`}; choose a dedicated folder such as generated/`,
        {
          kind: "output",
          location: { file: options.display },
        },
      );
    }
  }
}

/** The real path of `file`, or of its nearest existing ancestor joined with the rest. */
function realish(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}

function nearestPackageRoot(from: string): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && statSync(path.join(dir, "package.json")).isFile()) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}
