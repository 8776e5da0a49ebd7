"""An episode whose own clause after a comma says it ended is historical: 'Teenage sciatica
after football, gone by 18', 'numbness in the left foot in 2019, resolved within a month'. A
clause that ended something else, or a symptom still there, is not."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Teenage sciatica after a skiing fall, gone by 20.", "radicular_pain"),
    ("Low back pain in his 30s after a car accident, resolved within 6 weeks.", "low_back_pain"),
    ("Postpartum sciatica in 2019, settled over the summer.", "radicular_pain"),
])
def test_episode_gone_by_is_historical(findings_of, text, code):
    assert findings_of(text)[0][code] == {"historical"}


@pytest.mark.parametrize("text, code", [
    ("Sciatica since March; the ankle swelling is gone by the evening.", "radicular_pain"),
    ("Sciatica since March, still 7/10 - the rash is gone by now.", "radicular_pain"),
])
def test_symptom_still_there_stays_present(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}
