"""Chunk summarizer backends: a name -> factory mapping behind one Protocol."""
