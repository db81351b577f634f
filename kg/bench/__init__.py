"""Benchmarks made by others: MUC-4 template filling and WikiEvents attack events.

`kg.bench.muc4` and `kg.bench.wikievents` read a benchmark's files, run kg's extractor over its
documents, map the extracted events to the benchmark's annotation scheme and score them;
`kg.bench.scoring` holds what both share (counts, precision, recall, F1, string normalisation).
`kg eval muc4 PATH` and `kg eval wikievents PATH` run them; `benchmarks/quality_table.py` writes the
results table of the README.
"""
