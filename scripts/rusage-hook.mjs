// Preloaded with `node --import` when /usr/bin/time is missing: records this process's own CPU time
// and peak RSS at exit into the file named by DSM_BENCH_RUSAGE, so the benchmark can still report them.
import { writeFileSync } from "node:fs";

const target = process.env.DSM_BENCH_RUSAGE;
if (target) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    // Same shape as `/usr/bin/time -f "%U %S %M"`: seconds, seconds, KiB.
    writeFileSync(target, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}\n`);
  });
}
