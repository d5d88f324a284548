"""Running: the stages one article goes through, batches, engines (serial, processes, Dask), near-duplicates."""
