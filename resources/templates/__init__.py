"""Shipped decision-proposal templates (see core/template_library.py for the file format)."""
