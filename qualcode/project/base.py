"""What every part of the service API shares: the store it works on."""

from __future__ import annotations

from qualcode.store import Store


class Service:
    """Base of the ``Project`` mixins: each part reaches storage only through ``store``."""

    store: Store
