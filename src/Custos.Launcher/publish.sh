#!/usr/bin/env bash
# Publishes the custos command into OUTDIR: the NativeAOT front-end (src/Custos.Launcher) as OUTDIR/custos, which verifies
# proof files itself, and the managed CLI (src/Custos.Cli, framework-dependent) into OUTDIR/cli/, which it hands every
# other command to. Needs clang and lld (Debian: apt-get install clang lld) and the .NET runtime where it runs.
# Usage: src/Custos.Launcher/publish.sh OUTDIR [RID]   (RID: linux-x64, linux-arm64, osx-arm64, …; default: this machine's)
# CONFIGURATION=Debug publishes from the Debug build (.ci/run does, so that `dotnet test` reuses the libraries it built).
set -euo pipefail
out=${1:?usage: publish.sh OUTDIR [RID]}
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) detected=linux-x64 ;;
  Linux-aarch64) detected=linux-arm64 ;;
  Darwin-arm64) detected=osx-arm64 ;;
  Darwin-x86_64) detected=osx-x64 ;;
  *) detected= ;;
esac
rid=${2:-$detected}
[ -n "$rid" ] || { echo "publish.sh: name the runtime identifier for $(uname -s)-$(uname -m)" >&2; exit 2; }
src="$(cd "$(dirname "$0")/.." && pwd)"
configuration=${CONFIGURATION:-Release}

rm -rf "$out/cli"
dotnet publish "$src/Custos.Cli" -c "$configuration" -r "$rid" --self-contained false -o "$out/cli" -v q -nologo
dotnet publish "$src/Custos.Launcher" -c "$configuration" -r "$rid" -o "$out" -v q -nologo
echo "published $out/custos (native, $rid) and $out/cli/ (the managed CLI)"
