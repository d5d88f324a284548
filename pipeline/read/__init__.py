"""Reading: input discovery, decoding, and the readers of text, HTML, WARC and URL lists."""
