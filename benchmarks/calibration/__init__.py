"""Calibration benchmark data: the LCDB test-accuracy curves (see lcdb_extract.py)."""
