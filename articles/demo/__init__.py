"""Demo content for a local newsroom: ``load_demo()`` writes ``content`` to the database."""

from articles.demo.loader import load_demo

__all__ = ["load_demo"]
