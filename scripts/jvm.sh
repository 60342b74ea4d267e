# shellcheck shell=bash
# The API's JVM options, sourced by scripts/api.sh and scripts/bench.sh (backend/Dockerfile repeats them): a heap of
# XMX (512m); and G1 retries an allocation that waits for threads in JNI critical sections (gzip's Deflater) 100
# times instead of twice — with 32 clients pulling gzipped pages it threw a spurious OutOfMemoryError ("Retried
# waiting for GCLocker too often", JDK-8192647; docs/benchmarks.md, 2026-12-06 00:37).
XMX=${XMX:-512m}
# shellcheck disable=SC2034 # used by the scripts that source this
JVM_OPTS="-Xmx$XMX -XX:+UnlockDiagnosticVMOptions -XX:GCLockerRetryAllocationCount=100"
