"""The booking engine: the wizard's shell page, its JSON API, the guest's own booking page and the booking emails."""

from misty_hill.stay.routes import router

__all__ = ["router"]
