const SAME_LINE = /deepseek-migrate-ignore(?![-\w])/;
const NEXT_LINE = /deepseek-migrate-ignore-next-line(?![-\w])/;
const WHOLE_FILE = /deepseek-migrate-ignore-file(?![-\w])/;

/** Whether the file opts out entirely, in any comment syntax. */
export function fileSuppressed(text: string): boolean {
  return WHOLE_FILE.test(text);
}

/** Whether a 1-based line is suppressed by a marker on it or on the line before it. */
export function lineSuppressed(lines: readonly string[], line: number): boolean {
  const own = lines[line - 1] ?? "";
  if (SAME_LINE.test(own)) return true;
  const prev = line >= 2 ? lines[line - 2] ?? "" : "";
  return NEXT_LINE.test(prev);
}
