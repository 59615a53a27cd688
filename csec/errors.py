"""Errors a facilitator or author can act on: each prints as one clear line."""

from pathlib import Path


class CsecError(Exception):
    """A problem the user can fix; ``str()`` is the one line to print."""


class ContentProblem(CsecError):
    """A problem in a content file or notebook, with where it is and how to fix it."""

    def __init__(self, path: Path | str, message: str, *, location: str = "", fix: str = ""):
        self.path = Path(path)
        self.location = location
        self.message = message
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = _display_path(self.path)
        if self.location:
            where = f"{where}:{self.location}"
        text = f"{where}: {self.message}"
        return f"{text} (fix: {self.fix})" if self.fix else text


def _display_path(path: Path) -> str:
    """The path relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
