"""Planvis: a grounded assistant for writing a municipal kompetanseplan."""
