"""Imported by the batch's fork server (multiprocessing's `forkserver` start method preloads
it), never by anything else: the import builds the pipeline and loads the rules in the fork
server, and every worker process the pool forks from it starts with both built."""

from spinecite.flows import worker

worker.prebuild()
