// The TypeScript compiler API as ts-morph ships it (its bundled `typescript.js`), loaded directly and
// through a V8 code cache. The rules only parse (`ts.createSourceFile`), so they need the compiler,
// not ts-morph's project model: requiring ts-morph itself also loads its 3 MB helper bundle. Loading
// the 9 MB compiler was the largest fixed cost of a scan with a TS/JS candidate (~0.55 s of CPU
// here: reading it as UTF-8, then V8 compiling it, measured with --cpu-prof); read as Latin-1 (it is
// ASCII) and with the bytecode V8 kept from an earlier run, it takes ~0.2 s.
//
// The cache lives in this package's own `dist/.v8-cache/` folder, so it is exactly as trusted as the
// code beside it (a cache in a shared temporary folder could be planted by another user). When that
// folder is not writable (a root-owned global install) there is simply no cache. V8 checks that a
// cache matches the source and its own version and flags, and rejects it otherwise; a rejected or
// missing cache is written again, atomically, at the end of the run, so that it also holds the
// functions this run compiled lazily. DEEPSEEK_MIGRATE_NO_CACHE=1 turns it off.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import type * as TsMorph from "ts-morph";
import { atRunEnd } from "../../src/check/run-end.js";

type Ts = typeof TsMorph.ts;

let pendingCache: (() => void) | null = null;

/** Writes the code cache now if this load made none or found it unusable; later calls do nothing. */
export function flushCodeCache(): void {
  const write = pendingCache;
  pendingCache = null;
  write?.();
}

const requireHere = createRequire(import.meta.url);

/** The compiler file ts-morph uses (`@ts-morph/common/dist/typescript.js`, found through ts-morph) and its package's version. */
function compiler(): { file: string; version: string } {
  const main = createRequire(requireHere.resolve("ts-morph")).resolve("@ts-morph/common");
  let version = "unknown";
  try {
    version = (JSON.parse(readFileSync(path.join(path.dirname(main), "..", "package.json"), "utf8")) as { version?: string }).version ?? version;
  } catch {
    /* the name then only holds the size */
  }
  return { file: path.join(path.dirname(main), "typescript.js"), version };
}

function loadCompiler(): Ts {
  const { file, version } = compiler();
  if (process.env["DEEPSEEK_MIGRATE_NO_CACHE"] === "1") return requireHere(file) as Ts;
  const raw = readFileSync(file);
  // V8 accepts a cache for any source of the same length, so the name also holds the compiler's
  // version and size: after an upgrade the old cache is never offered. Node's version and the CPU
  // architecture change the bytecode format.
  const cacheDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", ".v8-cache");
  const key = `typescript-${version}-${raw.length}-${process.version}-${process.arch}`;
  const asciiFile = path.join(cacheDir, `${key}-ascii.bin`);
  let cached = readCache(asciiFile);
  // Latin-1 decoding is a copy; UTF-8 decoding of 9 MB took ~0.15 s, but Latin-1 is only exact for
  // ASCII. Checking that took ~0.06 s, so it is done once: a cache named "-ascii" was made from this
  // same version and size after the check passed.
  const ascii = cached !== undefined || isAscii(raw);
  const source = ascii ? raw.toString("latin1") : raw.toString("utf8");
  const cacheFile = ascii ? asciiFile : path.join(cacheDir, `${key}-utf8.bin`);
  cached ??= ascii ? undefined : readCache(cacheFile);
  // The same wrapper Node's CommonJS loader uses, so the compiler sees the module scope it expects.
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapper, { filename: file, ...(cached ? { cachedData: cached } : {}) });
  const mod = { exports: {} as unknown };
  (script.runInThisContext() as (e: unknown, r: NodeRequire, m: { exports: unknown }, f: string, d: string) => void)(
    mod.exports,
    createRequire(file),
    mod,
    file,
    path.dirname(file),
  );
  if (!cached || script.cachedDataRejected === true) {
    // Written late, so that the cache also holds every function this run compiled (the parser's
    // included): at the end of the run on the main thread (src/check/run-end.ts); a worker thread
    // (src/check/ts-thread.ts) calls flushCodeCache before it is stopped.
    pendingCache = () => writeCache(cacheDir, cacheFile, script);
    atRunEnd(flushCodeCache);
  }
  return mod.exports as Ts;
}

// V8 does not checksum code caches in release builds: a damaged file (a bad disk block, a copy cut
// short) crashes the process inside the deserializer (seen with flipped bytes). So the file starts
// with the SHA-256 of what follows, and anything that does not match is never handed to V8.
const DIGEST_BYTES = 32;

function digest(data: Buffer): Buffer {
  return createHash("sha256").update(data).digest();
}

/** The cached data when the file exists and its digest matches, else undefined. */
function readCache(file: string): Buffer | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return undefined;
  }
  if (raw.length <= DIGEST_BYTES) return undefined;
  const data = raw.subarray(DIGEST_BYTES);
  return digest(data).equals(raw.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Writes the cache through a temporary file and a rename, so a concurrent run never reads half of it. */
function writeCache(dir: string, file: string, script: Script): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const data = script.createCachedData();
    const fd = openSync(temp, "wx", 0o644);
    try {
      writeSync(fd, digest(data));
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch {
    // Not writable (a read-only install): run without a cache.
    try {
      unlinkSync(temp);
    } catch {
      /* never created */
    }
  }
}

export const ts: Ts = loadCompiler();

/** The compiler types the rules name, under the same `ts.` prefix as the value. */
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace ts {
  export type ArrayLiteralExpression = TsMorph.ts.ArrayLiteralExpression;
  export type AsExpression = TsMorph.ts.AsExpression;
  export type CallExpression = TsMorph.ts.CallExpression;
  export type Declaration = TsMorph.ts.Declaration;
  export type DiagnosticWithLocation = TsMorph.ts.DiagnosticWithLocation;
  export type Expression = TsMorph.ts.Expression;
  export type Identifier = TsMorph.ts.Identifier;
  export type JsxAttribute = TsMorph.ts.JsxAttribute;
  export type ModifierFlags = TsMorph.ts.ModifierFlags;
  export type NewExpression = TsMorph.ts.NewExpression;
  export type NoSubstitutionTemplateLiteral = TsMorph.ts.NoSubstitutionTemplateLiteral;
  export type Node = TsMorph.ts.Node;
  export type NodeFlags = TsMorph.ts.NodeFlags;
  export type NonNullExpression = TsMorph.ts.NonNullExpression;
  export type ObjectLiteralExpression = TsMorph.ts.ObjectLiteralExpression;
  export type ParenthesizedExpression = TsMorph.ts.ParenthesizedExpression;
  export type PropertyAssignment = TsMorph.ts.PropertyAssignment;
  export type SatisfiesExpression = TsMorph.ts.SatisfiesExpression;
  export type ScriptKind = TsMorph.ts.ScriptKind;
  export type ScriptTarget = TsMorph.ts.ScriptTarget;
  export type ShorthandPropertyAssignment = TsMorph.ts.ShorthandPropertyAssignment;
  export type SourceFile = TsMorph.ts.SourceFile;
  export type StringLiteral = TsMorph.ts.StringLiteral;
  export type SyntaxKind = TsMorph.ts.SyntaxKind;
  export type TemplateHead = TsMorph.ts.TemplateHead;
  export type TemplateMiddle = TsMorph.ts.TemplateMiddle;
  export type TemplateTail = TsMorph.ts.TemplateTail;
  export type TypeAssertion = TsMorph.ts.TypeAssertion;
  export type VariableDeclaration = TsMorph.ts.VariableDeclaration;
}
