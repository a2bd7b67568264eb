"""The wire importer: agency copy in, draft articles out.

``read/`` turns bytes into :class:`~articles.wire.read.WireStory` values without a database;
``people.mentions`` finds the officials and resolutions they name. ``batch.wire_import`` runs
an import: ``sources`` (what to read, checks before parsing), ``analyse`` (the pure stage of an
item), ``workers`` (that stage in worker processes), ``persist`` (an item's inbox row and
draft, in its transaction), ``report`` (the JSON report); ``checks`` adds the importer's
publish check; ``models`` and ``admin`` hold the inbox. See ``docs/import.md``.
"""
