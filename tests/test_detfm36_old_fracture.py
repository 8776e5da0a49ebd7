"""A fracture an imaging comparison finds unchanged since a past written date is an old one
(session 36, detfm36; e220 eviCore: "Stable mild anterior wedge deformity of T12
(approximately 15% height loss), unchanged since 11/2019" read present met the pathological
compression fracture criterion). The comparison dates the lesion: at least that old, healed,
historical - as dev gold reads every such fracture (d138, d661, d856, e019, e077, e197 ...).
Near-misses: a fresh fracture compared with a film of weeks ago, a new fracture joined by
"and" to an old one, and a deficit "unchanged since 2019" (a sign that persists)."""

import pytest


def _xr(body):
    return f"XR THORACIC SPINE 11/27/2026\nFindings: {body}\n"


F = "spinal_fracture"


@pytest.mark.parametrize("body", [
    "Stable mild anterior wedge deformity of T12 (approximately 15% height loss), unchanged since 11/2019, with sclerotic endplate.",
    "Mild compression deformity of L2 (~20%), unchanged from chest radiographs of 03/2025.",
    "Wedge deformity of T8, stable since 2016.",
    "Compression deformity of L1, no interval change from 2021 films.",
])
def test_a_fracture_unchanged_since_a_past_date_is_historical(assertions_of, body):
    assert assertions_of(_xr(body), F) == {"historical"}


@pytest.mark.parametrize("body", [
    "Compression deformity of L1 with 25% height loss, unchanged from 11/06/2026.",
    "Compression fracture of L1, 30% height loss, unchanged since 10/2026.",
])
def test_a_fresh_fracture_compared_with_a_recent_film_stays_present(assertions_of, body):
    assert assertions_of(_xr(body), F) == {"present"}


def test_a_new_fracture_joined_to_an_old_one_stays_present(assertions_of):
    body = "Wedge compression deformity of L2 and mild T12 wedging unchanged from 2021."
    assert "present" in assertions_of(_xr(body), F)


def test_a_deficit_unchanged_since_a_year_keeps_its_reading(assertions_of):
    note = "Clinic 11/27/2026\nExam: R EHL 4/5, unchanged since 2019.\n"
    assert assertions_of(note, "motor_weakness") == {"present"}
