"""The nightly crawl: discovery from feeds, sitemaps and listings, crawl state, WARC archive."""
