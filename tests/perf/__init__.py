"""Benchmarks (figures, not asserts): `python -m tests.perf [--quick]` prints a table and writes
perf-results.json."""
