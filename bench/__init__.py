"""Benchmarks of Sihteeri at municipal scale and the generator of large realistic databases (see README.md)."""
