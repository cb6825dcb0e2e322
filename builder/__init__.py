"""corpus-builder: raw scraped news articles -> a validated, versioned Hugging Face dataset."""

__version__ = "0.1.0"
