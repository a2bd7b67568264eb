"""The wire importer: agency copy in, draft articles out.

``read/`` turns bytes into :class:`~articles.wire.read.WireStory` values without a database;
``people.mentions`` finds the officials and resolutions they name; ``persist`` runs a batch
(sources, worker processes, report) and writes the drafts; ``models`` and ``admin`` hold the
inbox. See ``docs/import.md``.
"""
