"""Structured annotation of political news: schema, validation, pre-annotation, Label Studio sync, release."""

__version__ = "0.1.0"
