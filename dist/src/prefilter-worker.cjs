"use strict";
const __moduleUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;
"use strict";

// src/discover/prefilter-worker.ts
var import_node_worker_threads = require("node:worker_threads");

// src/discover/probe.ts
var import_node_fs = require("node:fs");

// src/discover/names.ts
var ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
function encodeName(name) {
  if (!ESCAPED.test(name)) return Buffer.from(name, "utf8");
  const parts = [];
  let run = "";
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 56448 && code <= 56575) {
      parts.push(Buffer.from(run, "utf8"), Buffer.from([code - 56320]));
      run = "";
    } else run += ch;
  }
  parts.push(Buffer.from(run, "utf8"));
  return Buffer.concat(parts);
}
function fsPath(name) {
  return ESCAPED.test(name) ? encodeName(name) : name;
}

// src/retired.ts
var RETIRED = [
  { id: "deepseek-chat", thinking: "disabled", defaultTarget: "deepseek-v4-flash" },
  { id: "deepseek-reasoner", thinking: "enabled", defaultTarget: "deepseek-v4-flash" }
];

// src/discover/probe.ts
var OPEN_FLAGS = import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK;
var NO_MATCH = 0;
var CANDIDATE = 1;
var UNREADABLE = 2;
function sharedHead(ids) {
  let head = ids[0] ?? "";
  for (const id of ids) while (!id.startsWith(head)) head = head.slice(0, -1);
  return head;
}
var HEAD_TEXT = sharedHead(RETIRED.map((e) => e.id));
var HEAD = Buffer.from(HEAD_TEXT);
var TAILS = RETIRED.map((e) => Buffer.from(e.id.slice(HEAD_TEXT.length)));
var OVERLAP = Math.max(...RETIRED.map((e) => Buffer.byteLength(e.id))) - 1;
var CHUNK = 1 << 20;
function holdsLegacyBytes(buf, end) {
  let at = buf.indexOf(HEAD);
  while (at !== -1 && at < end) {
    const tailAt = at + HEAD.length;
    for (const tail of TAILS) {
      if (tailAt + tail.length <= end && buf.compare(tail, 0, tail.length, tailAt, tailAt + tail.length) === 0) return true;
    }
    at = buf.indexOf(HEAD, at + 1);
  }
  return false;
}
var FileProbe = class {
  buf = Buffer.allocUnsafe(CHUNK + OVERLAP);
  /** errno code of the last UNREADABLE result (e.g. EACCES). */
  lastError = "";
  /** CANDIDATE when the bytes may hold a legacy ID (UTF-16 files always may), NO_MATCH, or UNREADABLE. */
  probe(absPath) {
    let fd;
    try {
      fd = (0, import_node_fs.openSync)(fsPath(absPath), OPEN_FLAGS);
    } catch (err) {
      this.lastError = errnoOf(err);
      return UNREADABLE;
    }
    try {
      return this.scanOpen(fd);
    } catch (err) {
      this.lastError = errnoOf(err);
      return UNREADABLE;
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  }
  scanOpen(fd) {
    const buf = this.buf;
    let n = (0, import_node_fs.readSync)(fd, buf, 0, CHUNK, null);
    if (n >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) return CANDIDATE;
    let filled = n;
    for (; ; ) {
      if (holdsLegacyBytes(buf.subarray(0, filled), filled)) return CANDIDATE;
      if (n < CHUNK) return NO_MATCH;
      const keep = Math.min(OVERLAP, filled);
      buf.copy(buf, 0, filled - keep, filled);
      n = (0, import_node_fs.readSync)(fd, buf, keep, CHUNK, null);
      if (n === 0) return NO_MATCH;
      filled = keep + n;
    }
  }
};
function errnoOf(err) {
  const code = err?.code;
  return code ?? (err instanceof Error ? err.message.split("\n")[0] ?? "error" : String(err));
}

// src/discover/prefilter-worker.ts
var probe = new FileProbe();
import_node_worker_threads.parentPort?.on("message", (req) => {
  const status = new Uint8Array(req.paths.length);
  const errors = [];
  for (let i = 0; i < req.paths.length; i++) {
    const s = probe.probe(req.paths[i]);
    status[i] = s;
    if (s === UNREADABLE) errors.push([i, probe.lastError]);
  }
  const reply = { id: req.id, status, errors };
  import_node_worker_threads.parentPort.postMessage(reply, [status.buffer]);
});
