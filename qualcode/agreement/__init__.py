"""Intercoder agreement: coefficients (numpy, pure functions) and unit matrices."""
