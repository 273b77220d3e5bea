"""Calibration benchmark data: truth curves and AL-calibration curves (see make_truth.py)."""
