"""The note texts reading tests wrap their invented sentences in: a clinic note dated 11/27/2026
(the `assertions_of` fixture's default note date) with the sentence on its HPI line, or a Plan
section under an HPI. One place for what most reading-test files wrote again as `_note`/`_plan`."""

HEADER = "Clinic 11/27/2026\n"


def hpi_note(body: str) -> str:
    return f"{HEADER}HPI: {body}\n"


def plan_note(lines: str, hpi: str = "low back pain for 8 weeks.") -> str:
    return f"{HEADER}HPI: {hpi}\n\nPlan:\n{lines}\n"


def section_note(body: str, section: str = "HPI") -> str:
    return f"{HEADER}{section}: {body}\n"


def clinic_note(body: str) -> str:
    """The sentence on a line of its own, under no section."""
    return f"{HEADER}{body}\n"
