"""The guard service: check API, moderation API, guarded OpenAI proxy, reports and metrics.

Needs the ``server`` extra (FastAPI, uvicorn, SQLAlchemy, prometheus-client, jinja2).
"""

from shieldwall.server.app import create_app
from shieldwall.server.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
