"""Places: the gazetteer of both administrative systems, the mention matcher, NER, outlets and the resolver."""
