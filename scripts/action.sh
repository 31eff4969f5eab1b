#!/usr/bin/env bash
# The step of the GitHub Action (action.yml). Its inputs arrive in the environment, never spliced
# into the script, so no input can inject shell code:
#
#   DSM_PATHS    space-separated files or folders (default ".")
#   DSM_ARGS     extra command-line arguments, split on whitespace
#   DSM_FORMAT   output format (default github)
#   DSM_FAIL_ON  rewrite, review or none (default review)
#   DSM_VERSION  empty: run the package as this action's own checkout holds it (its release);
#                else run that version from the npm registry
#
# Written in POSIX sh, so that every runner's bash runs it the same way (macOS ships bash 3.2: no
# arrays, whose empty expansion fails there under `set -u`, no ${var,,}, no mapfile); the tests also
# run it with dash. Outputs (GITHUB_OUTPUT): rewrites, reviews, advisories, files (files with
# findings) and report (the JSON report's path). When the annotations exceed what GitHub shows (10
# errors and 10 warnings per step), the job summary says so and points to the SARIF upload.
set -e

action_dir=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/deepseek-migrate.XXXXXX")
report="$work/report.json"

if [ -z "${DSM_VERSION:-}" ]; then
  # The action's own release: its build is committed, so only the runtime dependencies are missing.
  # npm writes node_modules/.package-lock.json last, so it marks a complete install.
  if [ ! -f "$action_dir/node_modules/.package-lock.json" ]; then
    echo "deepseek-migrate: installing the action's runtime dependencies" >&2
    (cd "$action_dir" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
  fi
fi

tool() {
  if [ -z "${DSM_VERSION:-}" ]; then
    node "$action_dir/bin/deepseek-migrate.js" "$@"
  else
    npx --yes "deepseek-migrate@$DSM_VERSION" "$@"
  fi
}

# First run: the JSON report, for the outputs. The extra arguments come first so that ours win.
set -f # inputs are split on whitespace, never expanded as file patterns
set --
for arg in ${DSM_ARGS:-}; do set -- "$@" "$arg"; done
set -- "$@" --format json --output "$report" --fail-on none --quiet --
for p in ${DSM_PATHS:-.}; do set -- "$@" "$p"; done
set +f
tool check "$@"

node -e '
const s = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).summary;
process.stdout.write(`rewrites=${s.rewrite}\nreviews=${s.review}\nadvisories=${s.advisories}\nfiles=${s.filesWithFindings}\n`);
' "$report" >"$work/outputs"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  cat "$work/outputs" >>"$GITHUB_OUTPUT"
  echo "report=$report" >>"$GITHUB_OUTPUT"
fi

# Second run: the report the workflow asked for; its exit status is the step's. Here the extra
# arguments come last, so that they can override the inputs.
format=${DSM_FORMAT:-github}
set -f
set -- --format "$format" --fail-on "${DSM_FAIL_ON:-review}"
for arg in ${DSM_ARGS:-}; do set -- "$@" "$arg"; done
set -- "$@" --
for p in ${DSM_PATHS:-.}; do set -- "$@" "$p"; done
set +f
status=0
if [ "$format" != github ]; then
  tool check "$@" || status=$?
  exit "$status"
fi

tool check "$@" >"$work/annotations" || status=$?
cat "$work/annotations"
errors=$(grep -c '^::error ' "$work/annotations" || true)
warnings=$(grep -c '^::warning ' "$work/annotations" || true)
if [ "$errors" -gt 10 ] || [ "$warnings" -gt 10 ]; then
  echo "deepseek-migrate: $errors error and $warnings warning annotations; GitHub shows 10 of each per step (the log above lists them all)" >&2
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat >>"$GITHUB_STEP_SUMMARY" <<EOF

> [!NOTE]
> This step wrote $errors error and $warnings warning annotations, and GitHub shows only 10 of each per step, so some findings are not on the pull request. The step's log lists them all. To see every finding in the pull request, upload SARIF to code scanning: run this action with \`format: sarif\`, \`fail-on: none\` and \`args: --output deepseek.sarif\`, then \`github/codeql-action/upload-sarif\` with \`sarif_file: deepseek.sarif\`.
EOF
  fi
fi
exit "$status"
