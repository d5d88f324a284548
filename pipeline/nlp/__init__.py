"""Where NLP engineers meet vnpress: the spaCy component and exports of runs for annotation and training."""
