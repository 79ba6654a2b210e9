#!/usr/bin/env bash
# Publishes the application as a production image carries it (ADR 0029): Wolverine's handler and endpoint code
# generated from these very sources by `codegen write` and compiled in, so the application loads it (static mode)
# instead of compiling it with Roslyn at start.
#
#   docker/publish-static.sh OUTPUT_DIR
#
# Works on a copy of the sources, so a working tree never holds generated code that could go stale. Needs only the
# .NET SDK (no database: the code commands never connect). The Dockerfile's build stage runs it.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 OUTPUT_DIR" >&2
  exit 64
fi
output=$(realpath -m "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sources only: no bin/, obj/ or generated code of an earlier build.
tar -C "$root" --exclude='bin' --exclude='obj' --exclude='Internal' \
  -cf - Directory.Build.props Directory.Packages.props src/LaborRights src/LaborRights.Database | tar -C "$work" -xf -
project="$work/src/LaborRights"

echo "publish-static: building to write the generated code"
dotnet build "$project" -c Release -o "$work/codegen" --nologo -v quiet
echo "publish-static: writing the generated code (codegen write)"
(cd "$project" && ASPNETCORE_ENVIRONMENT=Production dotnet "$work/codegen/LaborRights.dll" codegen write > "$work/codegen.log") \
  || { cat "$work/codegen.log" >&2; exit 1; }
count=$(find "$project/Internal/Generated" -name '*.cs' | wc -l)
echo "publish-static: $count generated files; publishing with them compiled in"
dotnet publish "$project" -c Release -p:StaticCodegen=true -o "$output" --nologo -v quiet
echo "publish-static: published to $output"
