"""The error every intake step raises on bad input."""

from __future__ import annotations

from typing import Optional


class IntakeError(Exception):
    """Bad input. `kind` is a stable machine-readable reason; `message` names the file and
    what is wrong and never quotes the document's content (it is PHI)."""

    def __init__(self, kind: str, message: str, document: Optional[str] = None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.document = document

    def __reduce__(self):
        # Exception pickles only `args` (the message); batch workers send these across
        # process boundaries, so rebuild from all three fields.
        return type(self), (self.kind, self.message, self.document)
