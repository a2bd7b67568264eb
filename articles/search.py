"""Transitional, for ``articles.signals`` only: the search document lives in
``articles.search_index`` and reader search in ``articles.site.search_results``. Delete this
module once ``articles.signals`` imports ``articles.search_index`` (issue 12, at merge)."""

from articles.search_index import fill_prepared_document, index_article, index_articles

__all__ = ["fill_prepared_document", "index_article", "index_articles"]
