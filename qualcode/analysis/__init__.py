"""Analysis frames: counts by attribute, co-occurrence and quotes, as pandas DataFrames."""
