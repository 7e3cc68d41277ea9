"""What every part of the service API shares: the store it works on, and who acts."""

from __future__ import annotations

from qualcode.model import Coder
from qualcode.store import Store


class Service:
    """Base of the ``Project`` mixins: each part reaches storage only through ``store``.

    ``store`` is the acting person's view of the project file (see ``access.py``): while
    blind coding holds, a coder's reads through it hold only their own work.
    """

    store: Store

    def require_lead(self, what: str) -> None:
        """Refuse ``what`` to anyone but a lead while blind coding holds (``AccessMixin``)."""
        raise NotImplementedError

    def require_lead_act(self, what: str) -> None:
        """Refuse an act only a lead may do, to anyone else (``AccessMixin``)."""
        raise NotImplementedError

    def require_self(self, coder: str, what: str) -> None:
        """Refuse a coder acting as someone else while blind (``AccessMixin``)."""
        raise NotImplementedError

    def restricted_to(self) -> Coder | None:
        """The coder whose own work is all that reads show now, if blind coding limits them."""
        raise NotImplementedError
