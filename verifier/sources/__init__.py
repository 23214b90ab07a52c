"""Stage 1: read sources (text, HTML, records, URLs, stdin), recover outlet,
title and publication date, and mark site furniture."""

from .read import decode, default_cache_dir, read_sources
from .text import analyse, body_ranges, lead_prefix_length

__all__ = ["analyse", "body_ranges", "decode", "default_cache_dir", "lead_prefix_length", "read_sources"]
