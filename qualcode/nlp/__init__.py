"""NLP: spaCy pipelines built in code, sentence units, and the suggestion engine."""
