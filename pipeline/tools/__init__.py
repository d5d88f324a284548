"""Tools around the pipeline: evaluation against gold files and the benchmark."""
