"""The bilingual YAML codebook format: read, validate, write."""

from qualcode.codebook.yaml_io import (
    dump_codebook,
    load_codebook,
    parse_codebook,
    validate_key,
)

__all__ = ["dump_codebook", "load_codebook", "parse_codebook", "validate_key"]
