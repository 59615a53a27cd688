"""The engine of the CSEC facilitator curriculum: content, checks, serving and exports."""

__version__ = "0.1.0"
