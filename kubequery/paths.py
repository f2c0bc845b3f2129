"""Where the data folders (adapters/, prompts/, web/) live.

In a wheel they are packed as kubequery/_data/<name>; in a checkout (also an
editable install) they sit at the top of the repository.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder holding the shipped data folder `name`."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kubequery data folder {name!r} is missing from this installation")
