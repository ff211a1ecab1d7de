#!/usr/bin/env bash
# Soak (not CI): custos serve with the ledger integrator and two custos witness processes (quorum two), each its own
# process, driven at half of its measured saturation; prints per minute the requests answered, errors, p50/p99 latency,
# the node's and the witnesses' RSS and the published log size, then a verdict (memory flat, p99 steady) and
# custos ledger verify of the whole log. See bench/Custos.Soak/Verdict.cs for the criteria.
#   bench/soak/soak.sh [MINUTES] [--clients N] [--saturation-seconds S]      (default 30 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-30}
shift || true
dotnet build -c Release bench/Custos.Soak -v q -nologo >/dev/null
exec dotnet bench/Custos.Soak/bin/Release/net10.0/Custos.Soak.dll --minutes "$minutes" "$@"
