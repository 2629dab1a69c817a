"""Printed documents (placeholder docstring, replaced below)."""
