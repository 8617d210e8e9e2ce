"""The HTTP API (``/api/...``) and the web UI (``/``) over a store, opened read-only."""

from dyadline.api.app import create_app

__all__ = ["create_app"]
