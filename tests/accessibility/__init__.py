"""The accessibility check of the pages Sihteeri publishes: axe-core in headless Chromium (``axe.py``)."""
