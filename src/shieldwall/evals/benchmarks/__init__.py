"""Built-in benchmarks (imported on demand through :data:`BENCHMARKS`)."""

from shieldwall.evals.benchmarks.base import BENCHMARKS, Benchmark, LoadedCases, breakdown, create_benchmark

__all__ = ["BENCHMARKS", "Benchmark", "LoadedCases", "breakdown", "create_benchmark"]
